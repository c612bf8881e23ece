package jp.enishi.selection;

import java.util.List;

import jp.enishi.base.Dates;
import jp.enishi.base.Locales;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.mail.Attachment;
import jp.enishi.notification.Bilingual;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.project.spi.ProjectTeam;
import jp.enishi.project.spi.ProjectTeams;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Selection's events told to the people concerned, in the app and by e-mail. Listeners in the publishing
 * transaction: a notice exists only if the action committed, and a failure here rolls the action back
 * (docs/design-decisions/2026-12-02-seams.md).
 */
@Component
class SelectionNotices {

    private final Notifications notifications;
    private final ProjectTeams teams;
    private final UserDirectory users;
    private final InterviewRepository interviews;
    private final NominationRepository nominations;

    SelectionNotices(Notifications notifications, ProjectTeams teams, UserDirectory users, InterviewRepository interviews,
                     NominationRepository nominations) {
        this.nominations = nominations;
        this.notifications = notifications;
        this.teams = teams;
        this.users = users;
        this.interviews = interviews;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        tellTeam(submitted.projectId(), submitted.applicationId(), submitted.userId(), submitted.roleTitle(),
                NotificationKind.APPLICATION_RECEIVED);
    }

    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        tellTeam(withdrawn.projectId(), withdrawn.applicationId(), withdrawn.userId(), withdrawn.roleTitle(),
                NotificationKind.APPLICATION_WITHDRAWN);
    }

    /** One notice to all moved: the same words for each, rendered once, their addresses read in one query. */
    @EventListener
    void on(StageChanged changed) {
        ProjectTeam team = team(changed.projectId());
        notifications.send(Notice.to(changed.userIds(), team.workspaceId(), NotificationKind.STAGE_CHANGED,
                SelectionPaths.MY_PAGE, team.title(), notifications.label("stage." + changed.to().name()),
                workspaceName(team)));
    }

    @EventListener
    void on(DecisionReopened reopened) {
        ProjectTeam team = team(reopened.projectId());
        notifications.send(Notice.to(List.of(reopened.userId()), team.workspaceId(), NotificationKind.DECISION_REOPENED,
                SelectionPaths.MY_PAGE, team.title(), notifications.label("stage." + reopened.decided().name()),
                notifications.label("stage." + reopened.back().name()), workspaceName(team)));
    }

    /** The notice names who scheduled the interview and how to reach them. */
    @EventListener
    void on(InterviewScheduled scheduled) {
        ProjectTeam team = team(scheduled.projectId());
        String contact = users.byId(scheduled.scheduledBy()).map(u -> u.displayName() + "（" + u.email() + "）").orElse("");
        notifications.send(Notice.to(List.of(scheduled.userId()), team.workspaceId(), NotificationKind.INTERVIEW_INVITED,
                SelectionPaths.MY_PAGE, team.title(), bilingual(scheduled.startsAt()),
                scheduled.url() != null ? scheduled.url() : notifications.label("interview.on-site"),
                workspaceName(team), contact));
    }

    @EventListener
    void on(ApplicantsMessaged messaged) {
        ProjectTeam team = team(messaged.projectId());
        notifications.send(Notice.to(messaged.userIds(), team.workspaceId(), NotificationKind.MESSAGE,
                SelectionPaths.MY_PAGE, team.title(), workspaceName(team), messaged.text()));
    }

    @EventListener
    void on(PoolRequested requested) {
        ProjectTeam team = team(requested.projectId());
        notifications.send(Notice.to(requested.userIds(), team.workspaceId(), NotificationKind.POOL_REQUEST,
                SelectionPaths.MY_PAGE, workspaceName(team)));
    }

    @EventListener
    void on(PoolRequestAnswered answered) {
        ProjectTeam team = team(answered.projectId());
        String name = users.byId(answered.userId()).map(UserSummary::displayName).orElse("");
        notifications.send(Notice.to(List.of(answered.askedBy()), team.workspaceId(), NotificationKind.POOL_ANSWERED,
                SelectionPaths.applicant(team.workspaceSlug(), answered.applicationId()), name,
                notifications.label(answered.yes() ? "pool.answer.yes" : "pool.answer.no")));
    }

    @EventListener
    void on(SlotsOffered offered) {
        ProjectTeam team = team(offered.projectId());
        notifications.send(Notice.to(offered.userIds(), team.workspaceId(), NotificationKind.SLOTS_OFFERED,
                SelectionPaths.MY_PAGE, team.title(), workspaceName(team)));
    }

    /** The e-mail carries the interview as a calendar file. */
    @EventListener
    void on(SlotBooked booked) {
        ProjectTeam team = team(booked.projectId());
        Interview interview = interviews.findById(booked.interviewId()).orElseThrow();
        notifications.send(Notice.to(List.of(booked.userId()), team.workspaceId(), NotificationKind.SLOT_BOOKED,
                SelectionPaths.MY_PAGE, team.title(), bilingual(booked.startsAt()), workspaceName(team))
                .withFile(new Attachment("interview.ics", "text/calendar; charset=UTF-8",
                        InterviewCalendar.of(interview, "面談：" + team.title(), team.workspaceNameJa()))));
    }

    /** Arguments: region, project title, role title, answer-by date, the region's "why you". */
    @EventListener
    void on(NominationSent sent) {
        ProjectTeam team = team(sent.projectId());
        notifications.send(Notice.to(List.of(sent.userId()), team.workspaceId(), NotificationKind.NOMINATED,
                SelectionPaths.MY_PAGE, workspaceName(team), team.title(), sent.roleTitle(),
                new Bilingual(Dates.date(sent.answerBy(), Locales.JAPANESE), Dates.date(sent.answerBy(), Locales.ENGLISH)),
                nominations.findById(sent.nominationId()).map(Nomination::message).orElse("")));
    }

    /** To who nominated. Arguments: person's name, project title, role title, the answer. */
    @EventListener
    void on(NominationAnswered answered) {
        ProjectTeam team = team(answered.projectId());
        String name = users.byId(answered.userId()).map(UserSummary::displayName).orElse("");
        String link = answered.applicationId() != null
                ? SelectionPaths.applicant(team.workspaceSlug(), answered.applicationId())
                : jp.enishi.talent.TalentPaths.member(team.workspaceSlug(), answered.userId());
        notifications.send(Notice.to(List.of(answered.nominatedBy()), team.workspaceId(), NotificationKind.NOMINATION_ANSWERED,
                link, name, team.title(), answered.roleTitle(),
                notifications.label("nomination.status." + answered.status().name())));
    }

    /** Arguments: applicant's name, project title, role title. */
    private void tellTeam(long projectId, long applicationId, long userId, String roleTitle, NotificationKind kind) {
        ProjectTeam team = team(projectId);
        String name = users.byId(userId).map(UserSummary::displayName).orElse("");
        notifications.send(Notice.to(team.memberIds(), team.workspaceId(), kind,
                SelectionPaths.applicant(team.workspaceSlug(), applicationId), name, team.title(), roleTitle));
    }

    private ProjectTeam team(long projectId) {
        return teams.of(projectId).orElseThrow();
    }

    static Bilingual workspaceName(ProjectTeam team) {
        return new Bilingual(team.workspaceNameJa(), team.workspaceNameEn());
    }

    private static Bilingual bilingual(java.time.Instant when) {
        return new Bilingual(Dates.dateTime(when, Locales.JAPANESE), Dates.dateTime(when, Locales.ENGLISH));
    }
}
