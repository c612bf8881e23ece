package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicantOpeningRepository extends JpaRepository<ApplicantOpening, Long> {

    @Query("select o from ApplicantOpening o where o.subjectId = ?1 order by o.viewedAt desc")
    List<ApplicantOpening> findAllOfSubject(long subjectId, Limit limit);

    @Query("select count(o) > 0 from ApplicantOpening o where o.applicationId = ?1 and o.viewerId = ?2 and o.viewedAt > ?3")
    boolean openedSince(long applicationId, long viewerId, Instant since);
}
