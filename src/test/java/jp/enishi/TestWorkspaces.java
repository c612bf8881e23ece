package jp.enishi;

import java.util.Optional;
import java.util.UUID;

import jp.enishi.consortium.ConsortiumService;
import jp.enishi.workspace.InvitationService;
import jp.enishi.workspace.Member;
import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.NewWorkspace;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds workspaces and teams for tests through the real services: onboarding, invitation, acceptance. */
@Component
public class TestWorkspaces {

    public static final String CONSORTIUM_ADMIN = "admin@enishi.example";

    private final SignIn signIn;
    private final ConsortiumService consortium;
    private final WorkspaceService workspaces;
    private final InvitationService invitations;

    TestWorkspaces(SignIn signIn, ConsortiumService consortium, WorkspaceService workspaces, InvitationService invitations) {
        this.signIn = signIn;
        this.consortium = consortium;
        this.workspaces = workspaces;
        this.invitations = invitations;
    }

    /** A workspace and its first admin. */
    public record Team(String slug, String admin) {
    }

    public Team create(String name) {
        String admin = signIn.newUser(name + "-admin");
        String slug = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        signIn.as(CONSORTIUM_ADMIN);
        String link = consortium.onboard(new NewWorkspace(name + "町", name, slug, Prefecture.NAGANO, MunicipalityKind.TOWN,
                "テスト用のワークスペース", "A workspace for tests", admin)).link();
        signIn.as(admin);
        invitations.accept(token(link));
        signIn.out();
        return new Team(slug, admin);
    }

    /** A new user who joined the team's workspace in the role; returns their address, signed out. */
    public String addMember(Team team, Role role) {
        String member = signIn.newUser(role.name().toLowerCase() + "-" + team.slug());
        join(team, member, role);
        return member;
    }

    /** An existing user joins the workspace through an invitation. */
    public void join(Team team, String email, Role role) {
        signIn.as(team.admin());
        String link = workspaces.invite(team.slug(), email, role).link();
        signIn.as(email);
        invitations.accept(token(link));
        signIn.out();
    }

    /** A pending invitation from the team's admin. */
    public PendingInvitation invite(Team team, String email) {
        signIn.as(team.admin());
        return workspaces.invite(team.slug(), email, Role.STAFF);
    }

    /** The member's role in the team's workspace, read as its admin; whoever was signed in stays signed in. */
    public Optional<Role> roleOf(Team team, String email) {
        var before = SecurityContextHolder.getContext();
        try {
            signIn.as(team.admin());
            return workspaces.home(team.slug()).members().stream()
                    .filter(m -> m.email().equals(email)).map(Member::role).findFirst();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
