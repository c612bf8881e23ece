package jp.enishi.talent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The talent index read a page at a time (Kuromoji words, readings and characters, as on the board; facets as
 * counts), with who may be seen part of every query: the pools written on each profile by {@link PoolMembership}.
 * Services decide who asks ({@link PoolSearch} for a region, {@link SharedPool} for the consortium).
 */
@Component
class TalentIndex {

    private static final float WHOLE_WORD = 4f;
    private static final float READING = 2f;
    private static final float CHARACTERS = 1f;
    private static final AggregationKey<Map<SkillCategory, Long>> SKILLS = AggregationKey.of("skills");
    private static final AggregationKey<Map<Region, Long>> REGIONS = AggregationKey.of("regions");
    private static final AggregationKey<Map<WorkStyle, Long>> STYLES = AggregationKey.of("styles");
    private static final AggregationKey<Map<Long, Long>> SHARED_BY = AggregationKey.of("sharedBy");

    private final EntityManager entityManager;
    private final WorkspaceDirectory directory;
    private final ConsentRepository consents;
    private final UserDirectory users;

    TalentIndex(EntityManager entityManager, WorkspaceDirectory directory, ConsentRepository consents,
                UserDirectory users) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.consents = consents;
        this.users = users;
    }

    /**
     * One page of the index. {@code here} null: the consortium's shared pool; else a region's pool in the query's
     * scope, restricted to {@code tagged} when not null. {@code counted}: with the facets' counts, which visit every
     * matching profile (most of a region's page time at 100,000 profiles), so only a page that shows them asks.
     */
    PoolPage run(PoolQuery query, @Nullable Long here, @Nullable List<Long> tagged, boolean counted) {
        String text = query.text() == null ? "" : query.text().strip();
        var step = Search.session(entityManager).search(TalentProfile.class)
                .where((f, root) -> {
                    if (here == null) {
                        root.add(f.match().field("shared").matching(true));
                    } else {
                        switch (query.scope()) {
                            case OURS -> root.add(f.match().field("pooledIn").matching(here));
                            case SHARED -> root.add(f.bool().must(f.match().field("shared").matching(true))
                                    .mustNot(f.match().field("pooledIn").matching(here)));
                            case ALL -> root.add(f.bool().should(f.match().field("pooledIn").matching(here))
                                    .should(f.match().field("shared").matching(true)));
                        }
                    }
                    if (tagged != null) {
                        root.add(tagged.isEmpty() ? f.matchNone() : f.id().matchingAny(tagged));
                    }
                    for (String word : ProjectBoard.words(text)) {
                        root.add(f.bool()
                                .should(f.simpleQueryString().field("words").matching(word)
                                        .defaultOperator(BooleanOperator.AND).constantScore().boost(WHOLE_WORD))
                                .should(f.match().field("reading").matching(word).minimumShouldMatchPercent(100)
                                        .constantScore().boost(READING))
                                .should(f.phrase().field("bigram").matching(word).constantScore().boost(CHARACTERS)));
                    }
                    if (query.skill() != null) {
                        root.add(f.match().field("skill").matching(query.skill()));
                    }
                    if (query.region() != null) {
                        root.add(f.match().field("region").matching(query.region()));
                    }
                    if (query.workStyle() != null) {
                        root.add(f.match().field("workStyle").matching(query.workStyle()));
                    }
                    if (query.motivation() != null) {
                        root.add(f.match().field("motivation").matching(query.motivation()));
                    }
                });
        if (counted) {
            step = step.aggregation(SKILLS, f -> f.terms().field("skill", SkillCategory.class).maxTermCount(SkillCategory.values().length))
                    .aggregation(REGIONS, f -> f.terms().field("region", Region.class).maxTermCount(Region.values().length))
                    .aggregation(STYLES, f -> f.terms().field("workStyle", WorkStyle.class))
                    .aggregation(SHARED_BY, f -> f.terms().field("sharedBy", Long.class).maxTermCount(10));
        }
        SearchResult<TalentProfile> result = step
                .sort(f -> text.isEmpty() ? f.field("pooledSince").desc().missing().last()
                        : f.composite().add(f.score()).add(f.field("pooledSince").desc().missing().last()))
                .fetch(Math.max(0, query.offset()), Math.clamp(query.limit(), 1, PoolQuery.LIMIT_MAX));
        if (!counted) {
            return new PoolPage(hits(result.hits(), here), result.total().hitCount(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        Map<Long, Long> sharedBy = result.aggregation(SHARED_BY);
        Map<Long, WorkspaceSummary> names = directory.byIds(sharedBy.keySet());
        Map<WorkspaceSummary, Long> sharedByName = new LinkedHashMap<>();
        sharedBy.forEach((id, count) -> {
            if (names.containsKey(id)) {
                sharedByName.put(names.get(id), count);
            }
        });
        return new PoolPage(hits(result.hits(), here), result.total().hitCount(), result.aggregation(SKILLS),
                result.aggregation(REGIONS), result.aggregation(STYLES), sharedByName);
    }

    /** Names and origins for one page: three small reads whatever the pool's size. */
    private List<PoolHit> hits(List<TalentProfile> found, @Nullable Long here) {
        List<Long> ids = found.stream().map(TalentProfile::userId).toList();
        Map<Long, UserSummary> people = users.byIds(ids);
        Map<Long, List<Consent>> held = consents.findActiveOf(ids).stream()
                .collect(Collectors.groupingBy(Consent::userId));
        Map<Long, WorkspaceSummary> regions = directory.byIds(held.values().stream().flatMap(List::stream)
                .map(Consent::workspaceId).distinct().toList());
        // The index may lag the database by a moment (on OpenSearch it is updated after the commit, by whichever
        // node's agent): who may be seen is checked again on the rows just read, never taken from the index alone.
        return found.stream().filter(p -> people.containsKey(p.userId()))
                .filter(p -> p.isShared() || here != null && p.isPooledIn(here)).map(p -> {
            List<Consent> mine = held.getOrDefault(p.userId(), List.of());
            Set<Long> sharing = mine.stream().filter(c -> c.purpose() == ConsentPurpose.CONSORTIUM)
                    .map(Consent::workspaceId).collect(Collectors.toSet());
            List<PoolHit.Origin> origins = mine.stream()
                    .filter(c -> c.purpose() == ConsentPurpose.POOL)
                    .filter(c -> (here != null && c.workspaceId() == here) || sharing.contains(c.workspaceId()))
                    .map(c -> new PoolHit.Origin(regions.get(c.workspaceId()), c.via(), c.grantedAt(),
                            sharing.contains(c.workspaceId())))
                    .toList();
            boolean shared = here == null || !p.isPooledIn(here);
            return new PoolHit(p.userId(), people.get(p.userId()).displayName(), p.data(), shared,
                    p.visibility() == ProfileVisibility.ALL_MUNICIPALITIES, origins);
        }).toList();
    }
}
