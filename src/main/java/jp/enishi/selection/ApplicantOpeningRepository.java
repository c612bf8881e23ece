package jp.enishi.selection;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantOpeningRepository extends JpaRepository<ApplicantOpening, Long> {

    @org.springframework.data.jpa.repository.Query(
            "select o from ApplicantOpening o where o.subjectId = ?1 order by o.viewedAt desc")
    java.util.List<ApplicantOpening> findAllOfSubject(long subjectId, org.springframework.data.domain.Limit limit);
}
