package jp.enishi.talent;

import java.util.List;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's talent pool for its admins, staff and coordinators: the professionals who said yes to being kept
 * there, those who let their pool be seen across the consortium, and those who show their profile to every
 * participating municipality. Read from the consents and settings in force at the moment of asking, so a withdrawal
 * takes effect at once.
 */
@Service
@Transactional(readOnly = true)
@WorkspaceScoped
public class TalentPool {

    /** Published once: the views size their fields by it. */
    public static final int MESSAGE_MAX = 2000;

    private final WorkspaceAccess workspaces;
    private final ConsentRepository consents;
    private final TalentProfileRepository profiles;
    private final UserDirectory users;
    private final ApplicationEventPublisher published;
    private final Provisions provisions;
    private final java.time.Clock clock;

    TalentPool(WorkspaceAccess workspaces, ConsentRepository consents, TalentProfileRepository profiles,
               UserDirectory users, ApplicationEventPublisher published, Provisions provisions, java.time.Clock clock) {
        this.provisions = provisions;
        this.published = published;
        this.clock = clock;
        this.workspaces = workspaces;
        this.consents = consents;
        this.profiles = profiles;
        this.users = users;
    }

    /**
     * Writes to someone in the pool — the "keep in touch" of 関係人口 — in the app and by e-mail, in the workspace's
     * name. Only to someone the workspace may see now: a withdrawn consent ends it at once.
     */
    @Transactional
    public void message(String workspaceSlug, long userId, @Nullable String text) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_MESSAGE);
        if (!sees(caller, userId)) {
            throw new AccessDeniedException("Not in this workspace's talent pool");
        }
        new InputCheck().required("message", text).maxLength("message", text, MESSAGE_MAX).throwIfAny();
        published.publishEvent(new PoolMemberMessaged(caller.workspaceId(), userId, Objects.requireNonNull(text).strip(),
                caller.userId(), clock.instant()));
    }

    /**
     * One person of the pool, for their page: refused (as not found, saying nothing about them) unless the workspace
     * may see them now.
     */
    @Transactional
    public PoolMember member(String workspaceSlug, long userId) {
        return read(workspaces.require(workspaceSlug, Permission.POOL_VIEW), userId, ProvisionItems.PROFILE);
    }

    /**
     * The person, for a nomination (指名) the workspace is about to make: refused as not found unless its pool may
     * see them now; a shared profile used so is recorded as a provision (items: NOMINATION).
     */
    @Transactional
    public PoolMember nominee(String workspaceSlug, long userId) {
        return read(workspaces.require(workspaceSlug, Permission.POOL_NOMINATE), userId, ProvisionItems.NOMINATION);
    }

    /** Refused as not found unless the workspace's pool may see the person now; for what other capabilities show. */
    public void requireInPool(String workspaceSlug, long userId) {
        requireVisible(workspaces.require(workspaceSlug, Permission.POOL_VIEW), userId);
    }

    private PoolMember read(WorkspaceAccess.Access caller, long userId, ProvisionItems items) {
        requireVisible(caller, userId);
        UserSummary person = users.byId(userId).orElseThrow(() -> new NoSuchRecordException("person " + userId));
        TalentProfileData talent = profiles.findById(userId).map(TalentProfile::data).orElse(TalentProfileData.empty());
        boolean shared = !consents.isPooledIn(caller.workspaceId(), userId);
        if (shared) {
            provisions.record(caller.workspaceId(), caller.workspaceNameJa(), items, List.of(userId));
        }
        return new PoolMember(userId, person.displayName(), talent, shared);
    }

    /** The workspace may see the person: their consent to its pool or to the consortium, or a profile open to all. */
    void requireVisible(WorkspaceAccess.Access caller, long userId) {
        if (!sees(caller, userId)) {
            throw new NoSuchRecordException("pool member " + userId);
        }
    }

    private boolean sees(WorkspaceAccess.Access caller, long userId) {
        return consents.isVisibleTo(caller.workspaceId(), userId)
                || profiles.existsByUserIdAndVisibility(userId, ProfileVisibility.ALL_MUNICIPALITIES);
    }

}
