package jp.enishi.talent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
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

    static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.STAFF, Role.COORDINATOR);

    private final WorkspaceAccess workspaces;
    private final ConsentRepository consents;
    private final TalentProfileRepository profiles;
    private final UserDirectory users;

    TalentPool(WorkspaceAccess workspaces, ConsentRepository consents, TalentProfileRepository profiles,
               UserDirectory users) {
        this.workspaces = workspaces;
        this.consents = consents;
        this.profiles = profiles;
        this.users = users;
    }

    public List<PoolMember> members(String workspaceSlug) {
        var caller = workspaces.require(workspaceSlug, STAFF);
        List<Long> visible = java.util.stream.Stream.concat(consents.visibleTo(caller.workspaceId()).stream(),
                profiles.findUserIdsByVisibility(ProfileVisibility.ALL_MUNICIPALITIES).stream()).distinct().toList();
        Set<Long> pooledHere = Set.copyOf(consents.pooledIn(caller.workspaceId()));
        Map<Long, UserSummary> people = users.byIds(visible);
        Map<Long, TalentProfileData> talent = profiles.findAllById(visible).stream()
                .collect(java.util.stream.Collectors.toMap(TalentProfile::userId, TalentProfile::data));
        return visible.stream().filter(people::containsKey)
                .map(id -> new PoolMember(id, people.get(id).displayName(),
                        talent.getOrDefault(id, TalentProfileData.empty()), !pooledHere.contains(id)))
                .sorted(Comparator.comparing(PoolMember::shared).thenComparing(PoolMember::displayName))
                .toList();
    }
}
