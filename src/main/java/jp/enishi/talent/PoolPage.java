package jp.enishi.talent;

import java.util.List;
import java.util.Map;

import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import jp.enishi.workspace.WorkspaceSummary;

/**
 * One page of a pool search with the whole result's count and facets (how many of the result have each skill,
 * region of interest, work style; and, for the consortium, which region shares them). Facets are counts: they need
 * no consent. Only the consortium's shared pool counts them ({@link SharedPool}); a region's search, whose page
 * shows none, leaves them empty.
 */
public record PoolPage(List<PoolHit> hits, long total, Map<SkillCategory, Long> skills, Map<Region, Long> regions,
                       Map<WorkStyle, Long> workStyles, Map<WorkspaceSummary, Long> sharedBy) {
}
