package jp.enishi.workspace;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Memberships: exported as the workspaces and roles; on deletion the person leaves every workspace (refused while
 * they are some workspace's last admin). Invitations keep who invited and who accepted as the workspace's record;
 * the names go with the account.
 */
@Component
@Order(10)
class MembershipData implements PersonalData {

    private final WorkspaceDirectory directory;
    private final Departures departures;

    MembershipData(WorkspaceDirectory directory, Departures departures) {
        this.directory = directory;
        this.departures = departures;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Membership.class, Invitation.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("memberships", directory.mine().stream()
                .map(m -> Map.of("workspace", m.workspace().nameJa(), "role", m.role().name())).toList());
    }

    @Override
    public void forget(long userId) {
        departures.leaveEverywhere();
    }
}
