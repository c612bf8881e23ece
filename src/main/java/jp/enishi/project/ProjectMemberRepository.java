package jp.enishi.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectMemberRepository extends JpaRepository<ProjectMember, Long> {

    @Query("select m from ProjectMember m where m.projectId = ?1 order by m.addedAt")
    List<ProjectMember> findAllOfProject(long projectId);

    @Query("select m from ProjectMember m where m.projectId = ?1 and m.userId = ?2")
    Optional<ProjectMember> find(long projectId, long userId);

    @Query("select m.projectId from ProjectMember m where m.userId = ?1")
    List<Long> projectIdsOf(long userId);

    @Modifying
    @Query("delete from ProjectMember m where m.userId = ?1")
    void deleteAllOfUser(long userId);
}
