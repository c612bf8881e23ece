package jp.enishi.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = jp.enishi.mail.OutboxMail.Status.QUEUED"
            + " and m.nextAttemptAt <= ?1 order by m.nextAttemptAt")
    List<Long> findDue(Instant now, Limit limit);

    /** Mails of a workspace the server has refused at least once and not yet taken. */
    @Query("select m from OutboxMail m where m.workspaceId = ?1 and m.attempts > 0"
            + " and m.status <> jp.enishi.mail.OutboxMail.Status.SENT order by m.createdAt desc")
    List<OutboxMail> findProblems(long workspaceId, Limit limit);

    @Query("select m from OutboxMail m where m.id = ?1 and m.workspaceId = ?2")
    java.util.Optional<OutboxMail> findInWorkspace(long id, long workspaceId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from OutboxMail m where m.status = jp.enishi.mail.OutboxMail.Status.SENT and m.sentAt < ?1")
    int deleteSentBefore(Instant before);
}
