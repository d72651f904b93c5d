package dk.samtalebordet.concept;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A perspective or theme of one concept version, with its questions. Never changed once stored. */
@Entity
@Table(name = "perspective")
class PerspectiveEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_id")
    private Concept concept;

    private int position;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PerspectivePart part;
    private String colour;
    private String description;

    @OneToMany(mappedBy = "perspective", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<QuestionEntity> questions = new ArrayList<>();

    protected PerspectiveEntity() {
    }

    PerspectiveEntity(Concept concept, int position, ConceptDefinition.PerspectiveDefinition definition) {
        this.concept = concept;
        this.position = position;
        this.code = definition.code();
        this.name = definition.name();
        this.part = definition.part();
        this.colour = definition.colour();
        this.description = definition.description();
        int q = 0;
        for (String text : definition.questions()) {
            questions.add(new QuestionEntity(this, q++, text, false));
        }
        for (String text : definition.workplaceQuestions()) {
            questions.add(new QuestionEntity(this, q++, text, true));
        }
    }

    int questionCount() {
        return questions.size();
    }

    ConceptDefinition.PerspectiveDefinition toDefinition() {
        return new ConceptDefinition.PerspectiveDefinition(code, name, part, colour, description,
                questions.stream().filter(q -> !q.isWorkplace()).map(QuestionEntity::getText).toList(),
                questions.stream().filter(QuestionEntity::isWorkplace).map(QuestionEntity::getText).toList());
    }

    ConceptDetails.PerspectiveDetails toDetails() {
        return new ConceptDetails.PerspectiveDetails(id, code, name, part, colour, description,
                questions.stream().map(QuestionEntity::toDetails).toList());
    }
}
