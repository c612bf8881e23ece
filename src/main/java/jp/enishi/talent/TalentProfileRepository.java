package jp.enishi.talent;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentProfileRepository extends JpaRepository<TalentProfile, Long> {

    @org.springframework.data.jpa.repository.Query("select p.userId from TalentProfile p where p.visibility = ?1")
    java.util.List<Long> findUserIdsByVisibility(ProfileVisibility visibility);

    boolean existsByUserIdAndVisibility(long userId, ProfileVisibility visibility);
}
