package jp.enishi.talent;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PoolNoteRepository extends JpaRepository<PoolNote, Long> {

    @Query("select n from PoolNote n where n.workspaceId = ?1 and n.userId = ?2 order by n.createdAt desc, n.id desc")
    List<PoolNote> findOf(long workspaceId, long userId, Limit limit);

    @Modifying
    @Query("delete from PoolNote n where n.userId = ?1")
    void deleteAllAbout(long userId);
}
