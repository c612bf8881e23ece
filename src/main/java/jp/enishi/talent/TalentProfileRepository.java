package jp.enishi.talent;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentProfileRepository extends JpaRepository<TalentProfile, Long> {
}
