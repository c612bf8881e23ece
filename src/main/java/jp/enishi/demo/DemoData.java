package jp.enishi.demo;

import java.util.List;
import java.util.function.Supplier;

import jp.enishi.base.EmbeddedMariaDb;
import jp.enishi.base.Locales;
import jp.enishi.consortium.ConsortiumService;
import jp.enishi.identity.AccountMail;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.ConsortiumAdmins;
import jp.enishi.identity.SignUp;
import jp.enishi.identity.UserDirectory;
import jp.enishi.workspace.InvitationService;
import jp.enishi.workspace.NewWorkspace;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceService;
import jp.enishi.workspace.WorkspaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo through the same services people use, signed in as the demo people themselves: the consortium
 * onboards each municipality, its first admin accepts the invitation, then invites colleagues who accept theirs.
 * Adds only what is missing, so it can run on every start.
 */
@Component
class DemoData implements ApplicationRunner {

    /** Every demo account's password; listed in the README. */
    static final String PASSWORD = "enishi-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Environment environment;
    private final ObjectProvider<EmbeddedMariaDb> embeddedDb;
    private final AccountService accounts;
    private final UserDirectory users;
    private final ConsortiumAdmins consortiumAdmins;
    private final UserDetailsService userDetails;
    private final ConsortiumService consortium;
    private final WorkspaceDirectory directory;
    private final WorkspaceService workspaces;
    private final InvitationService invitations;
    private final DemoSession session;
    private final DemoProjectLoader projects;
    private final DemoApplications applications;
    private final DemoDraft draft;
    private final DemoEngagements engagements;

    DemoData(Environment environment, ObjectProvider<EmbeddedMariaDb> embeddedDb, AccountService accounts,
             UserDirectory users, ConsortiumAdmins consortiumAdmins, UserDetailsService userDetails,
             ConsortiumService consortium, WorkspaceDirectory directory, WorkspaceService workspaces,
             InvitationService invitations, DemoSession session, DemoProjectLoader projects,
             DemoApplications applications, DemoDraft draft, DemoEngagements engagements) {
        this.draft = draft;
        this.engagements = engagements;
        this.environment = environment;
        this.embeddedDb = embeddedDb;
        this.accounts = accounts;
        this.users = users;
        this.consortiumAdmins = consortiumAdmins;
        this.userDetails = userDetails;
        this.consortium = consortium;
        this.directory = directory;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.session = session;
        this.projects = projects;
        this.applications = applications;
    }

    @Override
    public void run(ApplicationArguments args) {
        // On by default only for the embedded database; an external one needs enishi.demo-data=true.
        boolean enabled = environment.getProperty("enishi.demo-data", Boolean.class, embeddedDb.getIfAvailable() != null);
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        boolean loadedBefore = users.byEmail(DemoPeople.ALL.getFirst().email()).isPresent();
        try {
            load();
        } catch (RuntimeException e) {
            if (!loadedBefore) {
                throw e; // a fresh database: the demo itself is wrong, and the tests that load it must fail
            }
            // A first load stopped half-way (the portal stopped while it ran) leaves a state the steps after it do not
            // expect; the portal stays up with what is there rather than failing every start from then on
            // (docs/design-decisions/2026-12-07-aot-cache.md).
            log.error("デモデータを読み込めませんでした。最初の起動が途中で止められた可能性があります。./data/ を削除して起動し直すと、"
                    + "最初から作り直します。 / The demo data could not be loaded, perhaps because the first start was stopped "
                    + "while loading it; delete ./data/ and start again to load it afresh.", e);
            return;
        }
        log.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        DemoPeople.ALL.forEach(this::ensureAccount);
        consortiumAdmins.ensure(DemoPeople.CONSORTIUM_ADMIN.email(), DemoPeople.CONSORTIUM_ADMIN.displayName(), PASSWORD);
        List<String> existing = directory.participants().stream().map(WorkspaceSummary::slug).toList();
        for (DemoMunicipality municipality : DemoMunicipality.ALL) {
            if (!existing.contains(municipality.slug())) {
                onboard(municipality);
            }
            municipality.members().forEach((email, role) -> ensureMember(municipality, email, role));
        }
        projects.ensure();
        applications.ensure();
        draft.ensure();
        engagements.ensure();
    }

    private void ensureAccount(DemoPeople.Person person) {
        if (users.byEmail(person.email()).isEmpty()) {
            accounts.signUp(new SignUp(person.email(), person.displayName(), PASSWORD, true), Locales.JAPANESE);
        }
    }

    /** Demo people open their confirmation link at once, as a new user would from the e-mail. */
    @EventListener
    void on(AccountMail mail) {
        if (mail.kind() == AccountMail.Kind.VERIFY_EMAIL && mail.link() != null
                && DemoPeople.ALL.stream().anyMatch(p -> p.email().equals(mail.email()))) {
            accounts.verifyEmail(mail.link().substring(mail.link().indexOf("token=") + "token=".length()));
        }
    }

    private void onboard(DemoMunicipality m) {
        String link = as(DemoPeople.CONSORTIUM_ADMIN.email(), () -> consortium.onboard(new NewWorkspace(m.nameJa(),
                m.nameEn(), m.slug(), m.prefecture(), m.kind(), m.descriptionJa(), m.descriptionEn(), m.firstAdmin()))).link();
        as(m.firstAdmin(), () -> invitations.accept(token(link)));
    }

    private void ensureMember(DemoMunicipality m, String email, Role role) {
        boolean member = as(m.firstAdmin(), () -> workspaces.home(m.slug()).members().stream()
                .anyMatch(x -> x.email().equals(email)));
        if (!member) {
            String link = as(m.firstAdmin(), () -> workspaces.invite(m.slug(), email, role)).link();
            as(email, () -> invitations.accept(token(link)));
        }
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private <T> T as(String email, Supplier<T> action) {
        return session.as(email, action);
    }
}
