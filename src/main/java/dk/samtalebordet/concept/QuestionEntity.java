package dk.samtalebordet.concept;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question piece of one concept version. Never changed once stored. */
@Entity
@Table(name = "question")
class QuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "perspective_id")
    private PerspectiveEntity perspective;

    private int position;
    private String text;
    private boolean workplace;

    protected QuestionEntity() {
    }

    QuestionEntity(PerspectiveEntity perspective, int position, String text, boolean workplace) {
        this.perspective = perspective;
        this.position = position;
        this.text = text;
        this.workplace = workplace;
    }

    boolean isWorkplace() {
        return workplace;
    }

    String getText() {
        return text;
    }

    ConceptDetails.QuestionDetails toDetails() {
        return new ConceptDetails.QuestionDetails(id, position, text, workplace);
    }
}
