package jp.enishi.talent;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PoolTagRepository extends JpaRepository<PoolTag, PoolTag.Key> {

    @Query("select t.key.tag from PoolTag t where t.key.workspaceId = ?1 and t.key.userId = ?2 order by t.key.tag")
    List<String> tagsOf(long workspaceId, long userId);

    @Query("select t.key.userId from PoolTag t where t.key.workspaceId = ?1 and t.key.tag = ?2")
    List<Long> taggedWith(long workspaceId, String tag);

    @Query("select distinct t.key.tag from PoolTag t where t.key.workspaceId = ?1 order by t.key.tag")
    List<String> tagsIn(long workspaceId);

    @Modifying
    @Query("delete from PoolTag t where t.key.userId = ?1")
    void deleteAllAbout(long userId);
}
