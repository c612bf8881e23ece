package jp.enishi.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jp.enishi.base.JapanTime;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of projects, for anyone without signing in: the board across every region, searched in Japanese,
 * and each published project's page. Only published and closed projects ever leave this service; the status filter
 * is part of every query, not left to the caller.
 */
@Service
@Transactional(readOnly = true)
public class ProjectBoard {

    static final String[] TEXT_FIELDS = {"title", "summary", "themeOwner", "ownerStory", "localIssue", "future",
            "expectations", "place", "roles.title", "roles.skills"};
    private static final List<ProjectStatus> PUBLIC = List.of(ProjectStatus.PUBLISHED, ProjectStatus.CLOSED);

    private final EntityManager entityManager;
    private final ProjectRepository projects;
    private final ProjectCoverRepository covers;
    private final WorkspaceDirectory directory;
    private final jp.enishi.workspace.WorkspaceAccess workspaceIds;
    private final Clock clock;

    ProjectBoard(EntityManager entityManager, ProjectRepository projects, ProjectCoverRepository covers,
                 WorkspaceDirectory directory, jp.enishi.workspace.WorkspaceAccess workspaceIds, Clock clock) {
        this.entityManager = entityManager;
        this.projects = projects;
        this.covers = covers;
        this.directory = directory;
        this.workspaceIds = workspaceIds;
        this.clock = clock;
    }

    /** A word found as a whole word (Kuromoji) ranks above one found by its reading, above one found by characters. */
    private static final float WHOLE_WORD = 4f;
    private static final float READING = 2f;
    private static final float CHARACTERS = 1f;

    /**
     * Every word of the text must match, like a search box should — as a whole word, by its reading (わいん) or by
     * its characters (漆); the best matches first, then the newest. Without text, newest first.
     */
    public BoardPage search(BoardQuery query) {
        LocalDate today = JapanTime.today(clock);
        String text = query.text() == null ? "" : query.text().strip();
        SearchResult<Project> result = Search.session(entityManager).search(Project.class)
                .where((f, root) -> {
                    root.add(f.terms().field("status").matchingAny(PUBLIC));
                    for (String word : words(text)) {
                        root.add(f.bool()
                                .should(f.simpleQueryString().fields(TEXT_FIELDS).matching(word)
                                        .defaultOperator(BooleanOperator.AND).constantScore().boost(WHOLE_WORD))
                                .should(f.match().field("reading").matching(word).minimumShouldMatchPercent(100)
                                        .constantScore().boost(READING))
                                .should(f.phrase().field("bigram").matching(word).constantScore().boost(CHARACTERS)));
                    }
                    if (query.region() != null) {
                        root.add(f.match().field("region").matching(query.region()));
                    }
                    if (query.prefecture() != null) {
                        root.add(f.match().field("prefecture").matching(query.prefecture()));
                    }
                    if (query.skill() != null) {
                        root.add(f.match().field("roles.skillCategory").matching(query.skill()));
                    }
                    if (query.workStyle() != null) {
                        root.add(f.match().field("workStyle").matching(query.workStyle()));
                    }
                    if (query.payAtLeast() != null) {
                        root.add(f.range().field("payMax").atLeast(query.payAtLeast()));
                    }
                    if (query.openOnly()) {
                        root.add(f.match().field("status").matching(ProjectStatus.PUBLISHED));
                        root.add(f.range().field("deadline").atLeast(today));
                    }
                })
                .sort(f -> text.isEmpty() ? f.field("publishedAt").desc()
                        : f.composite().add(f.score()).add(f.field("publishedAt").desc()))
                .fetch(Math.max(0, query.offset()), Math.clamp(query.limit(), 1, BoardQuery.LIMIT_MAX));
        // The index may lag the database by a moment (on OpenSearch it is updated after the commit, by whichever
        // node's agent): a project archived or taken back to draft since is left out on the row just read.
        List<Project> stillPublic = result.hits().stream().filter(p -> p.status().isPublic()).toList();
        return new BoardPage(cards(stillPublic, today), result.total().hitCount());
    }

    /** Words as a person types them: separated by spaces, half- or full-width. */
    public static List<String> words(String text) {
        return java.util.Arrays.stream(text.split("[\\s\u3000]+")).filter(w -> !w.isBlank()).toList();
    }

    public Optional<BoardCard> publicProject(long projectId) {
        LocalDate today = JapanTime.today(clock);
        return projects.findById(projectId).filter(p -> p.status().isPublic())
                .map(p -> cards(List.of(p), today).getFirst());
    }

    /**
     * A participating municipality's public page: its public facts and its projects open for applications, newest
     * first, at most {@code limit} of {@code openCount}. Unknown slug: empty.
     */
    public Optional<RegionPage> region(String slug, int limit) {
        LocalDate today = JapanTime.today(clock);
        return directory.bySlug(slug).map(workspace -> {
            long id = workspaceIds.idOf(slug);
            List<Project> open = projects.findOpenInWorkspace(id, today,
                    org.springframework.data.domain.Limit.of(Math.clamp(limit, 1, BoardQuery.LIMIT_MAX)));
            return new RegionPage(workspace, cards(open, today), projects.countOpenInWorkspace(id, today));
        });
    }

    /** The conditions (募集条件) of those of the projects that are public, in one read: for lists of offers. */
    public Map<Long, SpecSheet.Conditions> publicConditions(java.util.Collection<Long> projectIds) {
        return projects.findAllById(projectIds).stream().filter(p -> p.status().isPublic())
                .collect(java.util.stream.Collectors.toMap(Project::id, p -> p.sheet().conditions()));
    }

    public Optional<CoverImage> publicCover(long projectId) {
        return projects.findById(projectId).filter(p -> p.status().isPublic() && p.hasCover())
                .flatMap(p -> covers.findById(projectId)).map(ProjectCover::image);
    }

    /** The role to apply to, if the project is public and has it. */
    public Optional<ApplicationTarget> applicationTarget(long projectId, int rolePosition) {
        LocalDate today = JapanTime.today(clock);
        return projects.findById(projectId).filter(p -> p.status().isPublic())
                .filter(p -> rolePosition >= 0 && rolePosition < p.sheet().roles().size())
                .map(p -> new ApplicationTarget(p.id(), p.workspaceId(), p.title(),
                        p.sheet().roles().get(rolePosition).title(), isOpen(p, today)));
    }

    /**
     * Every role of a workspace's projects open for applications (public facts, as on its region page), newest
     * project first, for a nomination; at most {@link BoardQuery#LIMIT_MAX} projects.
     */
    public List<OpenRole> openRoles(long workspaceId) {
        LocalDate today = JapanTime.today(clock);
        List<OpenRole> roles = new java.util.ArrayList<>();
        for (Project p : projects.findOpenInWorkspace(workspaceId, today,
                org.springframework.data.domain.Limit.of(BoardQuery.LIMIT_MAX))) {
            List<SpecSheet.RoleSpec> sheetRoles = p.sheet().roles();
            for (int i = 0; i < sheetRoles.size(); i++) {
                roles.add(new OpenRole(p.id(), i, p.title(), sheetRoles.get(i).title()));
            }
        }
        return roles;
    }

    /** Titles and links of projects people applied to: they were public then, so they are no secret now. */
    private static boolean isOpen(Project p, LocalDate today) {
        return p.status() == ProjectStatus.PUBLISHED && (p.deadline() == null || !p.deadline().isBefore(today));
    }

    private List<BoardCard> cards(List<Project> hits, LocalDate today) {
        Map<Long, WorkspaceSummary> workspaces = directory.byIds(hits.stream().map(Project::workspaceId).distinct().toList());
        return hits.stream().map(p -> {
            SpecSheet sheet = p.sheet();
            boolean open = isOpen(p, today);
            return new BoardCard(p.id(), PublicPaths.project(p.id(), p.title()), workspaces.get(p.workspaceId()),
                    sheet, open, p.hasCover(), p.publishedAt());
        }).toList();
    }
}
