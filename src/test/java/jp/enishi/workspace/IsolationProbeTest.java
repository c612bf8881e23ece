package jp.enishi.workspace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tries to break tenant isolation through every public method of every {@link WorkspaceScoped} service, found by
 * reflection, so a method added tomorrow is probed without anyone remembering to. The attacker is the admin of
 * workspace B; the target is workspace A.
 * <ol>
 * <li>With A's slug and A's ids, every call must be refused as access denied.</li>
 * <li>With B's own slug and A's ids, a call that takes an id must fail too, and change nothing in A.</li>
 * </ol>
 * A parameter the probe does not know fails the test: teach it below what a workspace-A value is for it.
 */
@EnishiTest
class IsolationProbeTest {

    @Autowired ApplicationContext context;
    @Autowired TestWorkspaces teams;
    @Autowired SignIn signIn;
    @Autowired WorkspaceService workspaces;
    @Autowired jp.enishi.project.ProjectService projects;
    @Autowired jp.enishi.project.SpecSheetReview review;
    @Autowired jp.enishi.TestProjects testProjects;
    @Autowired jp.enishi.selection.Applying applying;
    @Autowired jp.enishi.selection.Pipeline pipeline;
    @Autowired jp.enishi.selection.Interviews interviews;
    @Autowired jp.enishi.selection.InterviewSlots slots;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired jp.enishi.talent.Consents consents;
    @Autowired jp.enishi.talent.PoolNotes poolNotes;
    @Autowired jp.enishi.engagement.Engagements engagements;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void no_workspace_scoped_method_serves_a_member_of_another_workspace() throws Exception {
        Team a = teams.create("probe-a");
        String aStaff = teams.addMember(a, Role.STAFF);
        signIn.as(a.admin());
        long aMembership = workspaces.home(a.slug()).members().stream().filter(m -> m.email().equals(aStaff))
                .findFirst().orElseThrow().membershipId();
        long aInvitation = workspaces.invite(a.slug(), "pending-" + UUID.randomUUID() + "@test.example", Role.STAFF).id();
        WorkspaceHome aBefore = workspaces.home(a.slug());
        List<PendingInvitation> aPendingBefore = workspaces.pendingInvitations(a.slug());
        long aProject = testProjects.draft(a, testProjects.complete("プローブ", "物語"));
        signIn.as(a.admin());
        long aComment = review.comment(a.slug(), aProject, jp.enishi.project.Section.FUTURE, "プローブのコメント");
        var aProjectBefore = projects.open(a.slug(), aProject);
        var aCommentsBefore = review.comments(a.slug(), aProject);
        long aStaffId = aProjectBefore.team().getFirst().userId();
        long aPublished = testProjects.published(a, testProjects.complete("プローブ公開", "物語"));
        String applicant = testProjects.professional("probe-applicant");
        signIn.as(applicant);
        long aApplication = applying.apply(aPublished, 0, "動機", "月2日");
        consents.give(a.slug(), jp.enishi.talent.ConsentPurpose.POOL);
        long aPooled = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, applicant);
        signIn.as(a.admin());
        poolNotes.addNote(a.slug(), aPooled, "A町のメモ");
        poolNotes.tag(a.slug(), aPooled, "A町のタグ");
        var aNotesBefore = poolNotes.notes(a.slug(), aPooled);
        var aTagsBefore = poolNotes.tags(a.slug(), aPooled);
        long aInterview = interviews.schedule(a.slug(), aApplication, java.time.LocalDateTime.now().plusDays(3), 30,
                "https://meet.example/probe", "プローブ担当");
        slots.publish(a.slug(), aPublished, java.time.LocalDateTime.now().plusDays(4), 15, 2, null, "A町役場", "プローブ担当");
        long aSlot = slots.slots(a.slug(), aPublished).getFirst().id();
        var aSlotsBefore = slots.slots(a.slug(), aPublished);
        var aPipelineBefore = pipeline.applicants(a.slug(), aPublished);
        var aApplicantBefore = pipeline.applicant(a.slug(), aApplication).interviews();
        jdbc.update("INSERT INTO mail_outbox (workspace_id, recipient, from_name, subject, body, status, attempts,"
                + " next_attempt_at, created_at) VALUES (?, 'probe@test.example', 'A', 'A', 'A', 'FAILED', 6, NOW(6), NOW(6))",
                jdbc.queryForObject("SELECT id FROM workspace WHERE slug = ?", Long.class, a.slug()));
        long aMail = jdbc.queryForObject("SELECT MAX(id) FROM mail_outbox", Long.class);
        // An engagement of A's, running, with a check-in, a visit and a travel claim (written as the hire would).
        jdbc.update("INSERT INTO engagement (workspace_id, project_id, application_id, user_id, project_title, role_title,"
                + " status, contract, starts_on, ends_on, yen_per_month, days_per_month, work_style, coordinator_id, goal,"
                + " channel, check_in_days, travel_budget_yen, created_at, started_at) SELECT workspace_id, project_id, id,"
                + " user_id, 'プローブ公開', role_title, 'ACTIVE', 'OUTSOURCING', CURDATE() - INTERVAL 10 DAY,"
                + " CURDATE() + INTERVAL 90 DAY, 50000, 4, 'REMOTE', ?, '目標', '電話', 14, 30000, NOW(6), NOW(6)"
                + " FROM application WHERE id = ?", aStaffId, aApplication);
        long aEngagement = jdbc.queryForObject("SELECT id FROM engagement WHERE application_id = ?", Long.class, aApplication);
        jdbc.update("INSERT INTO check_in (engagement_id, side, author_id, status, notes, written_at)"
                + " VALUES (?, 'TEAM', ?, 'ON_TRACK', 'A町の記録', NOW(6))", aEngagement, aStaffId);
        long aCheckIn = jdbc.queryForObject("SELECT MAX(id) FROM check_in", Long.class);
        jdbc.update("INSERT INTO engagement_visit (engagement_id, planned_on, visitors, place, created_by, created_at)"
                + " VALUES (?, CURDATE() + INTERVAL 3 DAY, 'A町', '工房', ?, NOW(6))", aEngagement, aStaffId);
        long aVisit = jdbc.queryForObject("SELECT MAX(id) FROM engagement_visit", Long.class);
        jdbc.update("INSERT INTO travel_claim (engagement_id, trip_on, route, amount_yen, status, submitted_at)"
                + " VALUES (?, CURDATE(), '東京→A町', 10000, 'SUBMITTED', NOW(6))", aEngagement);
        long aClaim = jdbc.queryForObject("SELECT MAX(id) FROM travel_claim", Long.class);
        signIn.as(a.admin());
        var aEngagementBefore = engagements.open(a.slug(), aEngagement, java.util.Locale.JAPANESE);
        Team b = teams.create("probe-b");

        Map<String, Object> workspaceA = Map.ofEntries(
                Map.entry("workspaceSlug", a.slug()),
                Map.entry("membershipId", aMembership),
                Map.entry("invitationId", aInvitation),
                Map.entry("email", "probe-" + UUID.randomUUID() + "@test.example"),
                Map.entry("role", Role.ADMIN),
                Map.entry("projectId", aProject),
                Map.entry("commentId", aComment),
                Map.entry("userId", aPooled),
                Map.entry("tag", "乗っ取り"),
                Map.entry("title", "乗っ取り"),
                Map.entry("status", jp.enishi.project.ProjectStatus.ARCHIVED),
                Map.entry("baseVersion", aProjectBefore.version()),
                Map.entry("sheet", jp.enishi.project.SpecSheet.titled("乗っ取り")),
                Map.entry("bytes", new byte[] {1, 2, 3}),
                Map.entry("section", jp.enishi.project.Section.FUTURE),
                Map.entry("body", "乗っ取り"),
                Map.entry("resolved", true),
                Map.entry("fromVersion", 0L),
                Map.entry("toVersion", aProjectBefore.version()),
                Map.entry("applicationId", aApplication),
                Map.entry("expectedVersion", 0L),
                Map.entry("stage", jp.enishi.selection.Stage.DECLINED),
                Map.entry("reason", "乗っ取り"),
                Map.entry("expectedVersions", Map.of(aApplication, 0L)),
                Map.entry("applicationIds", List.of(aApplication)),
                Map.entry("text", "乗っ取り"),
                Map.entry("startsAt", java.time.LocalDateTime.now().plusDays(5)),
                Map.entry("minutes", 30),
                Map.entry("meetingUrl", "https://evil.example"),
                Map.entry("interviewers", "乗っ取り"),
                Map.entry("interviewId", aInterview),
                Map.entry("note", "乗っ取り"),
                Map.entry("rating", 1),
                Map.entry("mailId", aMail),
                Map.entry("query", jp.enishi.selection.PipelineQuery.firstPage()),
                Map.entry("required", false),
                Map.entry("order", jp.enishi.selection.PipelineQuery.Order.APPLIED),
                Map.entry("perStage", 50),
                Map.entry("beyondHeadcount", true),
                Map.entry("poolQuery", jp.enishi.talent.PoolQuery.everyone()),
                Map.entry("round", 1L),
                Map.entry("entry", 1L),
                Map.entry("offset", 0),
                Map.entry("limit", 20),
                Map.entry("rolePosition", 0),
                Map.entry("message", "乗っ取り"),
                Map.entry("answerBy", java.time.LocalDate.now().plusDays(7)),
                Map.entry("format", jp.enishi.selection.PipelineExport.Format.CSV),
                Map.entry("locale", java.util.Locale.JAPANESE),
                Map.entry("count", 2),
                Map.entry("place", "乗っ取り"),
                Map.entry("slotId", aSlot),
                Map.entry("date", java.time.LocalDate.now().plusDays(4)),
                Map.entry("engagementId", aEngagement),
                Map.entry("engagementQuery", jp.enishi.engagement.EngagementQuery.current()),
                Map.entry("terms", new jp.enishi.engagement.Terms(jp.enishi.engagement.ContractType.PRO_BONO,
                        java.time.LocalDate.now(), java.time.LocalDate.now().plusMonths(4), 0, 1,
                        jp.enishi.project.WorkStyle.REMOTE, null, aStaffId, "乗っ取り", "乗っ取り", 7, null, 0,
                        jp.enishi.engagement.BudgetBasis.ENGAGEMENT)),
                Map.entry("endsOn", java.time.LocalDate.now().plusYears(1)),
                Map.entry("outcome", jp.enishi.engagement.Outcome.ENDED_EARLY),
                Map.entry("achieved", "乗っ取り"),
                Map.entry("again", false),
                Map.entry("checkInId", aCheckIn),
                Map.entry("draft", new jp.enishi.engagement.CheckInDraft(jp.enishi.engagement.CheckInStatus.BLOCKED,
                        "乗っ取り", null, false)),
                Map.entry("visitors", "乗っ取り"),
                Map.entry("visitId", aVisit),
                Map.entry("seen", "乗っ取り"),
                Map.entry("claimId", aClaim),
                Map.entry("approve", true));

        List<String> probed = new ArrayList<>();
        for (Object service : context.getBeansWithAnnotation(WorkspaceScoped.class).values()) {
            for (Method method : publicMethods(service)) {
                Object[] arguments = arguments(method, workspaceA);
                signIn.as(b.admin());

                Throwable foreignSlug = call(service, method, arguments);
                assertThat(foreignSlug).as("%s with workspace A's slug, as B's admin", method)
                        .isInstanceOf(AccessDeniedException.class);

                if (takesAnId(method)) {
                    Object[] ownSlug = arguments.clone();
                    ownSlug[0] = b.slug();
                    // Refused as not found or not allowed — not by some other failure (an NPE would prove nothing).
                    assertThat(call(service, method, ownSlug)).as("%s with B's slug and A's ids", method)
                            .isInstanceOfAny(AccessDeniedException.class, jp.enishi.base.NoSuchRecordException.class);
                }
                probed.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }

        assertThat(probed).as("probed methods").contains("WorkspaceService.home", "WorkspaceService.invite",
                "WorkspaceService.changeRole", "WorkspaceService.removeMember", "WorkspaceService.revokeInvitation",
                "WorkspaceService.pendingInvitations", "ProjectService.save", "ProjectService.open",
                "ProjectService.list", "ProjectService.addToTeam", "ProjectService.uploadCover",
                "SpecSheetReview.reply", "SpecSheetReview.resolve", "SpecSheetReview.compare",
                "Pipeline.applicants", "Pipeline.applicant", "Pipeline.move", "Pipeline.moveAll", "Pipeline.message", "Pipeline.board",
                "Pipeline.reopen", "Pipeline.selectAll", "Pipeline.askAllToPool", "Pipeline.askToPool", "PipelineExport.export",
                "InterviewSlots.publish", "InterviewSlots.slots", "InterviewSlots.invite", "InterviewSlots.remove",
                "InterviewSlots.day",
                "Interviews.schedule", "Interviews.record", "MailOutbox.problems", "MailOutbox.retry", "TalentPool.message",
                "TalentPool.member", "TalentPool.nominee", "TalentPool.requireInPool", "PoolSearch.search",
                "Nominations.openRoles", "Nominations.nominate", "Nominations.toPerson", "DraftPicks.rounds",
                "DraftPicks.entrants", "DraftPicks.countEntrants", "DraftPicks.pick", "DraftPicks.ourPicks", "PoolNotes.addNote", "PoolNotes.tag", "PoolNotes.untag", "PoolNotes.notes",
                "PoolNotes.tags", "PoolNotes.taggedWith", "PoolNotes.allTags", "Timelines.of",
                "Engagements.overview", "Engagements.count", "Engagements.projects", "Engagements.coordinators",
                "Engagements.open", "Engagements.confirm", "Engagements.extend", "Engagements.close", "Engagements.export",
                "CheckIns.write", "CheckIns.correct", "Visits.plan", "Visits.done", "TravelClaims.decide");
        signIn.as(a.admin());
        assertThat(workspaces.home(a.slug())).as("workspace A after the probe").isEqualTo(aBefore);
        assertThat(workspaces.interviewRequired(a.slug())).as("A's selection rule after the probe").isTrue();
        assertThat(workspaces.pendingInvitations(a.slug())).isEqualTo(aPendingBefore);
        assertThat(projects.open(a.slug(), aProject)).as("A's project after the probe").isEqualTo(aProjectBefore);
        assertThat(review.comments(a.slug(), aProject)).isEqualTo(aCommentsBefore);
        assertThat(pipeline.applicants(a.slug(), aPublished)).as("A's pipeline after the probe").isEqualTo(aPipelineBefore);
        assertThat(pipeline.applicant(a.slug(), aApplication).interviews()).isEqualTo(aApplicantBefore);
        assertThat(slots.slots(a.slug(), aPublished)).as("A's slots after the probe").isEqualTo(aSlotsBefore);
        assertThat(poolNotes.notes(a.slug(), aPooled)).as("A's pool notes after the probe").isEqualTo(aNotesBefore);
        assertThat(poolNotes.tags(a.slug(), aPooled)).as("A's pool tags after the probe").isEqualTo(aTagsBefore);
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, aMail)).isEqualTo("FAILED");
        assertThat(engagements.open(a.slug(), aEngagement, java.util.Locale.JAPANESE)).as("A's engagement after the probe")
                .isEqualTo(aEngagementBefore);
    }

    @Test
    void every_service_that_takes_a_workspace_slug_is_marked_workspace_scoped() {
        for (Object service : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(service);
            if (!type.getPackageName().startsWith("jp.enishi")) {
                continue;
            }
            boolean takesSlug = Arrays.stream(type.getDeclaredMethods())
                    .flatMap(m -> Arrays.stream(m.getParameters())).anyMatch(p -> p.getName().equals("workspaceSlug"));
            if (takesSlug) {
                assertThat(type.isAnnotationPresent(WorkspaceScoped.class))
                        .as("%s takes a workspaceSlug, so it must be @WorkspaceScoped and probed", type.getSimpleName())
                        .isTrue();
            }
        }
    }

    private static List<Method> publicMethods(Object service) {
        return Arrays.stream(AopUtils.getTargetClass(service).getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .peek(m -> assertThat(m.getParameterCount() > 0 && m.getParameters()[0].getName().equals("workspaceSlug"))
                        .as("%s: a workspace-scoped method takes the workspaceSlug first", m).isTrue())
                .toList();
    }

    private static Object[] arguments(Method method, Map<String, Object> workspaceA) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Object value = workspaceA.get(parameters[i].getName());
            if (value == null) {
                fail("The isolation probe does not know parameter '%s' of %s. Add a workspace-A value for it to "
                        + "IsolationProbeTest, so the new method is probed.", parameters[i].getName(), method);
            }
            values[i] = value;
        }
        return values;
    }

    private static boolean takesAnId(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(p -> p.getName().endsWith("Id") || p.getName().endsWith("Ids")
                || p.getName().equals("expectedVersions"));
    }

    /** The exception the call ended in, or null if it succeeded. */
    private static Throwable call(Object service, Method method, Object[] arguments) {
        try {
            method.invoke(service, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
