package jp.enishi.talent;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentPhotoRepository extends JpaRepository<TalentPhoto, Long> {
}
