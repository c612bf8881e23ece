package jp.enishi.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FederatedIdentityRepository extends JpaRepository<FederatedIdentity, Long> {

    @Query("select f.user from FederatedIdentity f where f.issuer = :issuer and f.subject = :subject")
    Optional<User> findUser(String issuer, String subject);

    @Query("select count(f) from FederatedIdentity f where f.user.id = :userId")
    long countByUserId(long userId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from FederatedIdentity f where f.user.id = :userId")
    int deleteAllOf(long userId);
}
