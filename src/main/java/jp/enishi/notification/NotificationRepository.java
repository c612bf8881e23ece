package jp.enishi.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.userId = ?1 order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(long userId, Limit limit);

    @Query("select count(n) from Notification n where n.userId = ?1 and n.readAt is null")
    long countUnread(long userId);

    @Modifying
    @Query("update Notification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
    int markAllRead(long userId, Instant at);

    @Query("select n from Notification n where n.userId = ?1 order by n.createdAt")
    List<Notification> findAllOf(long userId);

    @Modifying
    @Query("delete from Notification n where n.userId = ?1")
    int deleteAllOf(long userId);
}
