package jp.enishi.engagement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    @Query("select c from CheckIn c where c.engagementId = ?1 order by c.writtenAt desc, c.id desc")
    List<CheckIn> findAllOf(long engagementId);

    /** The newest check-in that no other corrects: its status is the engagement's health. */
    @Query("select c from CheckIn c where c.engagementId = ?1 and c.correctsId is null"
            + " order by c.writtenAt desc, c.id desc limit 1")
    Optional<CheckIn> findLatestOriginal(long engagementId);

    Optional<CheckIn> findByCorrectsId(long correctsId);

    @Query("select c from CheckIn c where c.authorId = ?1 order by c.writtenAt")
    List<CheckIn> findAllBy(long authorId);

    @Modifying
    @Query("delete from CheckIn c where c.authorId = ?1 and c.side = jp.enishi.engagement.Side.PROFESSIONAL")
    void deleteProfessionalsOf(long authorId);
}
