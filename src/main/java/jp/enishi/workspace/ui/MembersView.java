package jp.enishi.workspace.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.RecordGoneException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.workspace.Member;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceHome;
import jp.enishi.workspace.WorkspaceService;

/** Member management for workspace admins: invite, change roles, remove, withdraw invitations. */
@Route("w/:workspace/members")
@PermitAll
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String slug = "";
    private String title = "Enishi";

    MembersView(WorkspaceService workspaces, WorkspaceDirectory directory, WorkspaceHeader header) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Both reads go through the service, which admits admins of this workspace only.
        Boolean loaded = WorkspaceRoutes.load(event, s -> {
            workspaces.pendingInvitations(s);
            slug = s;
            return true;
        });
        if (loaded != null) {
            render();
        }
    }

    private void render() {
        WorkspaceHome home = workspaces.home(slug);
        List<PendingInvitation> pending = workspaces.pendingInvitations(slug);
        Locale locale = getLocale();
        title = getTranslation("members.title") + " — " + home.workspace().name(locale) + " | Enishi";
        removeAll();
        add(header.of(home.workspace()));
        add(new H2(getTranslation("members.invite")), new InviteForm(this::invite));
        add(new H2(getTranslation("workspace.members", home.members().size())), membersGrid(home.members()));
        if (!pending.isEmpty()) {
            add(new H2(getTranslation("members.pending", pending.size())), pendingGrid(pending, locale));
        }
        com.vaadin.flow.component.checkbox.Checkbox interview = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("settings.interview-required"), workspaces.interviewRequired(slug));
        interview.setId("interview-required");
        interview.setHelperText(getTranslation("settings.interview-required.help"));
        interview.addValueChangeListener(e -> {
            workspaces.requireInterview(slug, e.getValue());
            jp.enishi.base.ui.FieldErrors.success(getTranslation("settings.saved"));
        });
        add(new H2(getTranslation("settings.selection")), interview);
    }

    private PendingInvitation invite(String email, Role role) {
        PendingInvitation invitation = workspaces.invite(slug, email, role);
        render();
        return invitation;
    }

    private Grid<Member> membersGrid(List<Member> members) {
        Grid<Member> grid = new Grid<>();
        grid.setId("member-admin");
        // One column whose parts wrap: a row on a desktop, name above role and button on a phone (390 px).
        grid.addComponentColumn(this::memberRow).setKey("member").setHeader(getTranslation("members.column"));
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div memberRow(Member member) {
        Div email = new Div(member.email());
        email.addClassName("enishi-secondary");
        Div who = new Div(new Div(member.displayName()), email);
        who.addClassName("enishi-member-who");
        Button remove = new Button(getTranslation("members.remove"), click -> act(() -> workspaces.removeMember(slug, member.membershipId()),
                getTranslation("members.removed", member.displayName())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("remove-" + member.membershipId());
        Div row = new Div(who, roleSelect(member), remove);
        row.addClassName("enishi-member-row");
        return row;
    }

    private Select<Role> roleSelect(Member member) {
        Select<Role> select = new Select<>();
        select.setId("role-" + member.membershipId());
        select.setAriaLabel(getTranslation("field.role"));
        select.setItems(Role.values());
        select.setItemLabelGenerator(role -> WorkspaceLabels.role(this, role));
        select.setValue(member.role());
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> workspaces.changeRole(slug, member.membershipId(), change.getValue()),
                        getTranslation("members.role-changed", member.displayName()));
            }
        });
        return select;
    }

    private Grid<PendingInvitation> pendingGrid(List<PendingInvitation> pending, Locale locale) {
        Grid<PendingInvitation> grid = new Grid<>();
        grid.setId("pending-invitations");
        grid.addColumn(PendingInvitation::email).setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addColumn(i -> WorkspaceLabels.role(this, i.role())).setHeader(getTranslation("field.role")).setAutoWidth(true);
        grid.addColumn(i -> Dates.date(i.expiresAt(), locale)).setHeader(getTranslation("field.expires")).setAutoWidth(true);
        grid.addComponentColumn(i -> new Button(getTranslation("members.revoke"),
                click -> act(() -> workspaces.revokeInvitation(slug, i.id()), getTranslation("members.revoked", i.email()))))
                .setAutoWidth(true);
        grid.setItems(pending);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Runs a change; on a refusal shows why and redraws from the database, so the screen never lies. */
    private void act(Runnable change, String done) {
        try {
            change.run();
            FieldErrors.success(done);
        } catch (InputRejectedException rejected) {
            FieldErrors.show(this, rejected, Map.of());
        } catch (RecordGoneException gone) {
            FieldErrors.show(this, new InputRejectedException("member", gone.messageKey()), Map.of());
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
