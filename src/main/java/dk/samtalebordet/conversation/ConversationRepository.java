package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    @Query("select distinct c from Conversation c join c.participants p "
            + "where p.personId = :personId order by c.startsAt desc")
    List<Conversation> findByParticipant(@Param("personId") long personId);

    /** Per person: the start of their latest conversation of the given kinds and status, as an employee. */
    @Query("select p.personId, max(c.startsAt) from Conversation c join c.participants p "
            + "where p.personId in :personIds and p.role = dk.samtalebordet.conversation.ParticipantRole.EMPLOYEE "
            + "and c.kind in :kinds and c.status = :status group by p.personId")
    List<Object[]> latestAsEmployee(@Param("personIds") Collection<Long> personIds,
                                    @Param("kinds") Collection<ConversationKind> kinds,
                                    @Param("status") ConversationStatus status);

    /** Per person: the start of their next planned conversation of the given kinds, as an employee. */
    @Query("select p.personId, min(c.startsAt) from Conversation c join c.participants p "
            + "where p.personId in :personIds and p.role = dk.samtalebordet.conversation.ParticipantRole.EMPLOYEE "
            + "and c.kind in :kinds and c.status in :statuses and c.startsAt >= :from group by p.personId")
    List<Object[]> nextAsEmployee(@Param("personIds") Collection<Long> personIds,
                                  @Param("kinds") Collection<ConversationKind> kinds,
                                  @Param("statuses") Collection<ConversationStatus> statuses,
                                  @Param("from") Instant from);
}
