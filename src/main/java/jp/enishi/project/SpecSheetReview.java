package jp.enishi.project;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectAccess.Caller;
import jp.enishi.project.ProjectAccess.Need;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing a sheet: comments per section with replies (Shiojiri's 中間フィードバック), resolved when dealt with, and
 * the history of saved versions with what changed between any two. Whoever may read the sheet may take part.
 */
@Service
@Transactional
@WorkspaceScoped
public class SpecSheetReview {

    static final int COMMENT_MAX = 2000;

    private final ProjectAccess access;
    private final ProjectCommentRepository comments;
    private final ProjectRevisions revisions;
    private final UserDirectory users;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    SpecSheetReview(ProjectAccess access, ProjectCommentRepository comments, ProjectRevisions revisions,
                    UserDirectory users, ApplicationEventPublisher published, Clock clock) {
        this.published = published;
        this.access = access;
        this.comments = comments;
        this.revisions = revisions;
        this.users = users;
        this.clock = clock;
    }

    /** Threads in section order, oldest first within a section. */
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(String workspaceSlug, long projectId) {
        access.require(workspaceSlug, projectId, Need.READ);
        List<ProjectComment> all = comments.findAllOfProject(projectId);
        Map<Long, UserSummary> people = users.byIds(all.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.authorId(), c.resolvedBy())).filter(Objects::nonNull).toList());
        return all.stream().filter(c -> c.parentId() == null)
                .sorted(java.util.Comparator.comparing(ProjectComment::section))
                .map(c -> view(c, people, all.stream().filter(r -> Objects.equals(r.parentId(), c.id()))
                        .map(r -> view(r, people, List.of())).toList()))
                .toList();
    }

    public long comment(String workspaceSlug, long projectId, Section section, String body) {
        Caller caller = access.require(workspaceSlug, projectId, Need.READ);
        long id = comments.save(new ProjectComment(projectId, section, null, caller.userId(), checked(body),
                clock.instant())).id();
        published.publishEvent(new SpecSheetCommented(caller.workspaceId(), projectId, id, caller.userId(), section,
                clock.instant()));
        return id;
    }

    public long reply(String workspaceSlug, long commentId, String body) {
        ProjectComment parent = comment(workspaceSlug, commentId);
        Caller caller = access.require(workspaceSlug, parent.projectId(), Need.READ);
        long threadId = parent.parentId() == null ? parent.id() : parent.parentId();
        long id = comments.save(new ProjectComment(parent.projectId(), parent.section(), threadId, caller.userId(),
                checked(body), clock.instant())).id();
        published.publishEvent(new SpecSheetCommented(caller.workspaceId(), parent.projectId(), id, caller.userId(),
                parent.section(), clock.instant()));
        return id;
    }

    public void resolve(String workspaceSlug, long commentId, boolean resolved) {
        ProjectComment comment = comment(workspaceSlug, commentId);
        Caller caller = access.require(workspaceSlug, comment.projectId(), Need.READ);
        if (resolved) {
            comment.resolve(caller.userId(), clock.instant());
        } else {
            comment.reopen();
        }
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(String workspaceSlug, long projectId) {
        access.require(workspaceSlug, projectId, Need.READ);
        List<ProjectRevision> all = revisions.all(projectId);
        Map<Long, UserSummary> people = users.byIds(all.stream().map(ProjectRevision::authorId).distinct().toList());
        return all.stream().map(r -> summary(r, people)).toList();
    }

    @Transactional(readOnly = true)
    public SheetComparison compare(String workspaceSlug, long projectId, long fromVersion, long toVersion) {
        access.require(workspaceSlug, projectId, Need.READ);
        List<ProjectRevision> all = revisions.all(projectId);
        Map<Long, UserSummary> people = users.byIds(all.stream().map(ProjectRevision::authorId).distinct().toList());
        ProjectRevision from = find(all, fromVersion);
        ProjectRevision to = find(all, toVersion);
        SpecSheet fromSheet = SheetJson.read(from.sheet());
        SpecSheet toSheet = SheetJson.read(to.sheet());
        return new SheetComparison(summary(from, people), fromSheet, summary(to, people), toSheet,
                SheetSections.ordered(SheetSections.changed(fromSheet, toSheet)));
    }

    private static ProjectRevision find(List<ProjectRevision> all, long version) {
        return all.stream().filter(r -> r.projectVersion() == version).findFirst()
                .orElseThrow(() -> new InputRejectedException("version", "project.error.no-such-version"));
    }

    /** The comment, if it belongs to a project of the named workspace; checked again by the access rule. */
    private ProjectComment comment(String workspaceSlug, long commentId) {
        ProjectComment comment = comments.findById(commentId).orElse(null);
        if (comment == null) {
            // Same refusal as for a comment of a project the caller may not see: nothing learned by guessing ids.
            access.member(workspaceSlug, jp.enishi.workspace.Permission.WORKSPACE_OPEN);
            throw new ProjectNotFoundException(commentId);
        }
        return comment;
    }

    private static String checked(@Nullable String body) {
        new InputCheck().required("body", body).maxLength("body", body, COMMENT_MAX).throwIfAny();
        return Objects.requireNonNull(body).strip();
    }

    private static RevisionSummary summary(ProjectRevision r, Map<Long, UserSummary> people) {
        UserSummary author = people.get(r.authorId());
        return new RevisionSummary(r.projectVersion(), author == null ? "" : author.displayName(), r.savedAt(),
                r.changeKind(), r.status());
    }

    private static ReviewComment view(ProjectComment c, Map<Long, UserSummary> people, List<ReviewComment> replies) {
        UserSummary author = people.get(c.authorId());
        UserSummary resolver = c.resolvedBy() == null ? null : people.get(c.resolvedBy());
        return new ReviewComment(c.id(), c.section(), author == null ? "" : author.displayName(), c.body(),
                c.createdAt(), resolver == null ? null : resolver.displayName(), c.resolvedAt(), replies);
    }
}
