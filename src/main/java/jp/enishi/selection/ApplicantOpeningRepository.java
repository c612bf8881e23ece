package jp.enishi.selection;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantOpeningRepository extends JpaRepository<ApplicantOpening, Long> {

    long countBySubjectId(long subjectId);
}
