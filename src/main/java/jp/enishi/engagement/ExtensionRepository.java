package jp.enishi.engagement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtensionRepository extends JpaRepository<Extension, Long> {

    @Query("select x from Extension x where x.engagementId = ?1 order by x.extendedAt")
    List<Extension> findAllOf(long engagementId);
}
