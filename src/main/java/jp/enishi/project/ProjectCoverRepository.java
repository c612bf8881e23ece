package jp.enishi.project;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCoverRepository extends JpaRepository<ProjectCover, Long> {
}
