package jp.enishi.workspace;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating workspaces and counting across them: consortium admins only. */
@Service
@Transactional
@PreAuthorize("hasRole('CONSORTIUM_ADMIN')")
public class WorkspaceRegistry {

    static final int NAME_MAX = 60;
    static final int DESCRIPTION_MAX = 1000;
    /** Lower-case letters, digits and hyphens, 3 to 40 long: it becomes the URL {@code /w/<slug>}. */
    static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,38}[a-z0-9]$");
    private static final Set<String> RESERVED = Set.of("new", "admin", "api", "login", "logout", "consortium", "me");

    private final WorkspaceRepository workspaces;
    private final Invitations invitations;
    private final Clock clock;

    WorkspaceRegistry(WorkspaceRepository workspaces, Invitations invitations, Clock clock) {
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkspaceOverview> overview() {
        Map<Long, Long> counts = workspaces.countMembers().stream()
                .collect(Collectors.toMap(MemberCount::workspaceId, MemberCount::members));
        return workspaces.findAll().stream().sorted(Workspace.DIRECTORY_ORDER)
                .map(w -> new WorkspaceOverview(WorkspaceSummary.of(w), counts.getOrDefault(w.id(), 0L)))
                .toList();
    }

    /** Creates the workspace and invites its first admin, or nothing at all if any field is wrong. */
    public PendingInvitation register(NewWorkspace form) {
        InputCheck check = new InputCheck()
                .required("nameJa", form.nameJa()).line("nameJa", form.nameJa(), NAME_MAX)
                .required("nameEn", form.nameEn()).line("nameEn", form.nameEn(), NAME_MAX)
                .required("slug", form.slug())
                .maxLength("descriptionJa", form.descriptionJa(), DESCRIPTION_MAX)
                .maxLength("descriptionEn", form.descriptionEn(), DESCRIPTION_MAX);
        String slug = form.slug() == null ? "" : form.slug().strip();
        if (!check.hasProblem("slug")) {
            if (!SLUG.matcher(slug).matches() || RESERVED.contains(slug)) {
                check.reject("slug", "error.slug-malformed");
            } else if (workspaces.existsBySlug(slug)) {
                check.reject("slug", "error.slug-taken");
            }
        }
        if (form.prefecture() == null) {
            check.reject("prefecture", "error.required");
        }
        if (form.kind() == null) {
            check.reject("kind", "error.required");
        }
        invitations.checkInvitable(check, null, "firstAdminEmail", form.firstAdminEmail());
        check.throwIfAny();

        Workspace workspace = new Workspace(slug, form.nameJa().strip(), form.nameEn().strip(), form.prefecture(),
                form.kind(), clock.instant());
        workspace.describe(InputCheck.clean(form.descriptionJa()), InputCheck.clean(form.descriptionEn()));
        workspaces.save(workspace);
        return invitations.issue(workspace, form.firstAdminEmail(), Role.ADMIN, null);
    }
}
