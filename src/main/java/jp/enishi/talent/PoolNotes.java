package jp.enishi.talent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's pool CRM: its own notes and tags on the people in its pool — the workspace's working record, never
 * shown to another region or to the person. Only about someone the workspace may see now (their consent in force).
 */
@Service
@Transactional
@WorkspaceScoped
public class PoolNotes {

    /** Published once: the views size their fields by these. */
    public static final int NOTE_MAX = 2000;
    public static final int TAG_MAX = 30;
    public static final int TAGS_MAX = 20;

    private final WorkspaceAccess workspaces;
    private final TalentPool pool;
    private final PoolNoteRepository notes;
    private final PoolTagRepository tags;
    private final UserDirectory users;
    private final Clock clock;

    PoolNotes(WorkspaceAccess workspaces, TalentPool pool, PoolNoteRepository notes, PoolTagRepository tags,
              UserDirectory users, Clock clock) {
        this.workspaces = workspaces;
        this.pool = pool;
        this.notes = notes;
        this.tags = tags;
        this.users = users;
        this.clock = clock;
    }

    /** The newest notes first (at most 200). */
    @Transactional(readOnly = true)
    public List<PoolNoteItem> notes(String workspaceSlug, long userId) {
        var caller = requireVisible(workspaceSlug, userId);
        List<PoolNote> found = notes.findOf(caller.workspaceId(), userId, Limit.of(200));
        Map<Long, UserSummary> authors = users.byIds(found.stream().map(PoolNote::authorId).distinct().toList());
        return found.stream().map(n -> new PoolNoteItem(authors.containsKey(n.authorId())
                ? authors.get(n.authorId()).displayName() : "", n.body(), n.createdAt())).toList();
    }

    public void addNote(String workspaceSlug, long userId, @Nullable String body) {
        var caller = requireVisible(workspaceSlug, userId);
        String text = InputCheck.clean(body);
        new InputCheck().required("note", text).maxLength("note", text, NOTE_MAX).throwIfAny();
        notes.save(new PoolNote(caller.workspaceId(), userId, caller.userId(), Objects.requireNonNull(text), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<String> tags(String workspaceSlug, long userId) {
        var caller = requireVisible(workspaceSlug, userId);
        return tags.tagsOf(caller.workspaceId(), userId);
    }

    /** Adds a tag (one line, at most {@link #TAG_MAX} characters); adding one it has changes nothing. */
    public void tag(String workspaceSlug, long userId, @Nullable String tag) {
        var caller = requireVisible(workspaceSlug, userId);
        String clean = InputCheck.clean(tag);
        new InputCheck().required("tag", clean).line("tag", clean, TAG_MAX).throwIfAny();
        List<String> now = tags.tagsOf(caller.workspaceId(), userId);
        if (now.contains(clean)) {
            return;
        }
        if (now.size() >= TAGS_MAX) {
            throw new InputRejectedException("tag", "pool.error.too-many-tags", TAGS_MAX);
        }
        tags.save(new PoolTag(new PoolTag.Key(caller.workspaceId(), userId, Objects.requireNonNull(clean))));
    }

    public void untag(String workspaceSlug, long userId, String tag) {
        var caller = requireVisible(workspaceSlug, userId);
        tags.deleteById(new PoolTag.Key(caller.workspaceId(), userId, tag));
    }

    /** Who in the workspace's pool carries the tag, for the pool's filter. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> taggedWith(String workspaceSlug, String tag) {
        return java.util.Set.copyOf(tags.taggedWith(workspaces.require(workspaceSlug, Permission.POOL_VIEW).workspaceId(), tag));
    }

    /** Every tag the workspace uses, for the pool's filter. */
    @Transactional(readOnly = true)
    public List<String> allTags(String workspaceSlug) {
        return tags.tagsIn(workspaces.require(workspaceSlug, Permission.POOL_VIEW).workspaceId());
    }

    private WorkspaceAccess.Access requireVisible(String workspaceSlug, long userId) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_VIEW);
        pool.requireVisible(caller, userId);
        return caller;
    }

    /** For the person's deletion: notes and tags about them go with them. */
    void forget(long userId) {
        notes.deleteAllAbout(userId);
        tags.deleteAllAbout(userId);
    }

    public record PoolNoteItem(String author, String body, Instant at) {
    }
}
