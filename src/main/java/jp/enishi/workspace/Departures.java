package jp.enishi.workspace;

import java.util.List;

import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user leaving every workspace, when they delete their account. A last admin cannot leave. */
@Service
@Transactional
class Departures {

    private final CurrentUser currentUser;
    private final MembershipRepository memberships;

    Departures(CurrentUser currentUser, MembershipRepository memberships) {
        this.currentUser = currentUser;
        this.memberships = memberships;
    }

    void leaveEverywhere() {
        long userId = currentUser.requireId();
        List<Membership> mine = memberships.findAllOfUser(userId);
        for (Membership m : mine) {
            if (m.role() == Role.ADMIN && memberships.countByWorkspaceIdAndRole(m.workspace().id(), Role.ADMIN) <= 1) {
                throw new InputRejectedException("account", "privacy.error.last-admin", m.workspace().nameJa());
            }
        }
        memberships.deleteAll(mine);
    }
}
