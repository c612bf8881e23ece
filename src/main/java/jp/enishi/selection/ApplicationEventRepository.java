package jp.enishi.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {

    @Query("select e from ApplicationEvent e where e.applicationId = ?1 order by e.happenedAt, e.id")
    List<ApplicationEvent> findAllOf(long applicationId);

    @Query("select e from ApplicationEvent e where e.applicationId in ?1 order by e.happenedAt, e.id")
    List<ApplicationEvent> findAllOf(java.util.Collection<Long> applicationIds);
}
