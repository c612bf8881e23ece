package jp.enishi.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectCommentRepository extends JpaRepository<ProjectComment, Long> {

    @Query("select c from ProjectComment c where c.projectId = ?1 order by c.createdAt, c.id")
    List<ProjectComment> findAllOfProject(long projectId);

    @Query("select c from ProjectComment c where c.authorId = ?1 order by c.createdAt, c.id")
    List<ProjectComment> findAllByAuthor(long authorId);
}
