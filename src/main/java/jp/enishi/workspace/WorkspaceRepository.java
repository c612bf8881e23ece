package jp.enishi.workspace;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    Optional<Workspace> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Workspace> findAll();

    /** Member counts of every workspace: one grouped query, workspace named in the result. */
    @Query("""
            select new jp.enishi.workspace.MemberCount(w.id, count(m.id))
            from Workspace w left join Membership m on m.workspace = w
            group by w.id""")
    List<MemberCount> countMembers();
}
