package dk.samtalebordet.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The personalemappe's file names spell people's names in ASCII without dropping a letter. */
class PlanFileNameTest {

    @Test
    void namesAreTransliteratedNotCut() {
        assertThat(PlanDocuments.slug("Emine Yılmaz")).isEqualTo("emine-yilmaz");
        assertThat(PlanDocuments.slug("Søren Ærø Ås")).isEqualTo("soeren-aeroe-aas");
        assertThat(PlanDocuments.slug("Łukasz Straße")).isEqualTo("lukasz-strasse");
        assertThat(PlanDocuments.slug("José Müller-Lüdenscheidt")).isEqualTo("jose-muller-ludenscheidt");
        assertThat(PlanDocuments.slug("Mads Østergaard")).isEqualTo("mads-oestergaard");
    }
}
