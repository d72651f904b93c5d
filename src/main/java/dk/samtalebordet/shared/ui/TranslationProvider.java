package dk.samtalebordet.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dk.samtalebordet.shared.Translations;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The UI's texts, from {@link Translations}: Danish first, English second. */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DANISH = Translations.DANISH;
    public static final Locale ENGLISH = Translations.ENGLISH;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(locale, key, params);
    }
}
