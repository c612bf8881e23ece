package jp.enishi.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    long countByUserIdAndPurposeAndCreatedAtAfter(long userId, AccountToken.Purpose purpose, Instant after);

    /** Earlier links of the same kind stop working once a newer one is used. */
    @Modifying
    @Query("UPDATE AccountToken t SET t.usedAt = :now WHERE t.userId = :userId AND t.purpose = :purpose AND t.usedAt IS NULL")
    int useAll(long userId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("DELETE FROM AccountToken t WHERE t.userId = :userId")
    void deleteAllOf(long userId);
}
