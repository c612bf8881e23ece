package jp.enishi.talent;

import java.util.List;

import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's talent pool searched by its staff, a page at a time — never the whole pool in memory: people who
 * consented to this region's pool, and, marked shared, those another region shares with the consortium or who show
 * their profile to every municipality. Origins show only what the reader may know: its own pool's consents, and
 * other regions' pools only where those are shared. Each page of shared profiles is recorded as a provision.
 */
@Service
@Transactional(readOnly = true)
@WorkspaceScoped
public class PoolSearch {

    private final WorkspaceAccess workspaces;
    private final PoolTagRepository tags;
    private final TalentIndex index;
    private final Provisions provisions;

    PoolSearch(WorkspaceAccess workspaces, PoolTagRepository tags, TalentIndex index, Provisions provisions) {
        this.workspaces = workspaces;
        this.tags = tags;
        this.index = index;
        this.provisions = provisions;
    }

    public PoolPage search(String workspaceSlug, PoolQuery poolQuery) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_VIEW);
        long here = caller.workspaceId();
        List<Long> tagged = poolQuery.tag() == null ? null : tags.taggedWith(here, poolQuery.tag());
        // Without facet counts: the region's page shows none (the consortium's shared pool does, SharedPool).
        PoolPage page = index.run(poolQuery, here, tagged, false);
        provisions.recordHits(here, caller.workspaceNameJa(), page.hits().stream().filter(PoolHit::shared).toList());
        return page;
    }
}
