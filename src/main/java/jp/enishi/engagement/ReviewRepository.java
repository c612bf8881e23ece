package jp.enishi.engagement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByEngagementId(long engagementId);

    boolean existsByEngagementIdAndSide(long engagementId, Side side);

    @Modifying
    @Query("delete from Review r where r.writtenBy = ?1 and r.side = jp.enishi.engagement.Side.PROFESSIONAL")
    void deleteProfessionalsOf(long userId);
}
