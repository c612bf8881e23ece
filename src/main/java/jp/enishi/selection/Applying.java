package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.project.ApplicationTarget;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.spi.ProjectName;
import jp.enishi.project.spi.ProjectTeams;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The professional's side of selection: apply to a role, follow one's applications, withdraw. Own data only. */
@Service
@Transactional
public class Applying {

    static final int MOTIVATION_MAX = 2000;
    static final int AVAILABILITY_MAX = 200;

    private final CurrentUser currentUser;
    private final ProjectBoard board;
    private final UserDirectory users;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ProjectTeams teams;
    private final ApplicationEventPublisher published;
    private final PoolRequestRepository poolRequests;
    private final InterviewRepository interviews;
    private final Consents consents;
    private final ApplicantOpeningRepository openings;
    private final Clock clock;

    Applying(CurrentUser currentUser, ProjectBoard board, UserDirectory users, ApplicationRepository applications,
             ApplicationEventRepository events, ProjectTeams teams, ApplicationEventPublisher published,
             PoolRequestRepository poolRequests, InterviewRepository interviews, Consents consents,
             ApplicantOpeningRepository openings, Clock clock) {
        this.openings = openings;
        this.poolRequests = poolRequests;
        this.interviews = interviews;
        this.consents = consents;
        this.currentUser = currentUser;
        this.board = board;
        this.users = users;
        this.applications = applications;
        this.events = events;
        this.teams = teams;
        this.published = published;
        this.clock = clock;
    }

    /**
     * Applies the signed-in user to a role of a published project that is still open. Their profile must say who
     * they are (自己紹介), or the team has nothing to read.
     */
    public long apply(long projectId, int rolePosition, @Nullable String motivation, @Nullable String availability) {
        long userId = currentUser.requireId();
        ApplicationTarget target = board.applicationTarget(projectId, rolePosition)
                .orElseThrow(() -> new InputRejectedException("role", "selection.error.no-such-role"));
        if (!target.open()) {
            throw new InputRejectedException("role", "selection.error.closed");
        }
        if (applications.existsByProjectIdAndRolePositionAndUserId(projectId, rolePosition, userId)) {
            throw new InputRejectedException("role", "selection.error.already-applied");
        }
        InputCheck check = new InputCheck()
                .required("motivation", motivation).maxLength("motivation", motivation, MOTIVATION_MAX)
                .required("availability", availability).line("availability", availability, AVAILABILITY_MAX);
        if (!users.isVerified(userId)) {
            check.reject("profile", "selection.error.email-not-verified");
        }
        String bio = users.profileOf(userId).map(p -> p.bio()).orElse(null);
        if (bio == null || bio.isBlank()) {
            check.reject("profile", "selection.error.profile-minimum");
        }
        check.throwIfAny();
        Instant now = clock.instant();
        try {
            Application application = applications.saveAndFlush(new Application(target.workspaceId(), projectId,
                    rolePosition, target.roleTitle(), userId, Objects.requireNonNull(motivation).strip(),
                    Objects.requireNonNull(availability).strip(), now));
            events.save(application.applied());
            published.publishEvent(new ApplicationSubmitted(application.workspaceId(), projectId, application.id(),
                    userId, application.roleTitle(), now));
            return application.id();
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("role", "selection.error.already-applied");
        }
    }

    @Transactional(readOnly = true)
    public List<MyApplication> mine(java.util.Locale locale) {
        return currentUser.id().map(userId -> {
            List<Application> all = applications.findAllOfUser(userId);
            Map<Long, ProjectName> names = teams.names(all.stream().map(Application::projectId).distinct().toList());
            Map<Long, List<MyInterview>> invited = interviewsOf(all);
            return all.stream().map(a -> {
                ProjectName name = names.get(a.projectId());
                return new MyApplication(a.id(), name.title(), name.path(), name.workspace().name(locale), a.roleTitle(),
                        a.stage(), a.createdAt(), a.updatedAt(), invited.getOrDefault(a.id(), List.of()));
            }).toList();
        }).orElse(List.of());
    }

    /** Only one's own application, and only before a decision. */
    public void withdraw(long applicationId) {
        long userId = currentUser.requireId();
        Application application = applications.findById(applicationId)
                .filter(a -> a.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your application"));
        if (application.stage().isFinal()) {
            throw new InputRejectedException("stage", "selection.error.final");
        }
        Instant now = clock.instant();
        events.save(application.moveTo(Stage.WITHDRAWN, userId, null, now));
        published.publishEvent(new ApplicationWithdrawn(application.workspaceId(), application.projectId(),
                applicationId, userId, application.roleTitle(), now));
    }

    /**
     * Everything selection holds about a person, for their data export: their applications as they wrote them, the
     * course of each (stages and when), interview times, pool requests. The team's reasons, notes and ratings are the
     * municipality's working records and are not part of it.
     */
    @Transactional(readOnly = true)
    List<ProfileOpening> openingsExportOf(long userId) {
        return openingsOf(userId, jp.enishi.base.Locales.JAPANESE, 10_000);
    }

    @Transactional(readOnly = true)
    List<ApplicationExport> exportOf(long userId) {
        List<Application> all = applications.findAllOfUser(userId);
        Map<Long, ProjectName> names = teams.names(all.stream().map(Application::projectId).distinct().toList());
        Map<Long, List<MyInterview>> invited = interviewsOf(all);
        Map<Long, PoolRequest> requests = poolRequests.findAllOf(userId).stream()
                .collect(java.util.stream.Collectors.toMap(PoolRequest::applicationId, r -> r));
        Map<Long, List<ApplicationExport.Step>> courses = events.findAllOf(all.stream().map(Application::id).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(ApplicationEvent::applicationId,
                        java.util.stream.Collectors.mapping(e -> new ApplicationExport.Step(e.fromStage(), e.toStage(),
                                e.happenedAt()), java.util.stream.Collectors.toList())));
        return all.stream().map(a -> new ApplicationExport(names.get(a.projectId()).title(), a.roleTitle(),
                a.motivation(), a.availability(), a.stage(), a.createdAt(), courses.getOrDefault(a.id(), List.of()),
                invited.getOrDefault(a.id(), List.of()),
                requests.containsKey(a.id()) ? requests.get(a.id()).state() : null)).toList();
    }

    /**
     * When a person deletes their account: open applications are withdrawn, what they wrote is removed, pool requests
     * go. The applications themselves stay, without content, as the municipality's record of its selection.
     */
    void anonymise(long userId) {
        Instant now = clock.instant();
        for (Application a : applications.findAllOfUser(userId)) {
            if (!a.stage().isFinal()) {
                events.save(a.moveTo(Stage.WITHDRAWN, userId, null, now));
            }
            a.anonymise(now);
        }
        poolRequests.deleteAllOf(userId);
    }

    private Map<Long, List<MyInterview>> interviewsOf(List<Application> all) {
        return interviews.findAllOf(all.stream().map(Application::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Interview::applicationId,
                        java.util.stream.Collectors.mapping(Interview::forApplicant, java.util.stream.Collectors.toList())));
    }

    /**
     * Who opened the signed-in professional's applications — the privacy audit, shown to the person it is about:
     * per person, application and Japanese day, with how many visits and the last one; from the latest 500 openings.
     */
    @Transactional(readOnly = true)
    public List<ProfileOpening> openingsOfMe(java.util.Locale locale) {
        return currentUser.id().map(userId -> perDay(openingsOf(userId, locale, 500))).orElse(List.of());
    }

    private List<ProfileOpening> openingsOf(long userId, java.util.Locale locale, int latest) {
        List<ApplicantOpening> all = openings.findAllOfSubject(userId, org.springframework.data.domain.Limit.of(latest));
        Map<Long, Application> opened = applications.findAllById(all.stream().map(ApplicantOpening::applicationId)
                .distinct().toList()).stream().collect(java.util.stream.Collectors.toMap(Application::id, a -> a));
        Map<Long, ProjectName> names = teams.names(opened.values().stream().map(Application::projectId).distinct().toList());
        Map<Long, jp.enishi.identity.UserSummary> viewers = users.byIds(all.stream().map(ApplicantOpening::viewerId)
                .distinct().toList());
        return all.stream().map(o -> {
            ProjectName name = names.get(opened.get(o.applicationId()).projectId());
            var viewer = viewers.get(o.viewerId());
            return new ProfileOpening(viewer == null ? "" : viewer.displayName(), name.workspace().name(locale),
                    name.title(), o.viewedAt(), 1);
        }).toList();
    }

    /** Newest first in, newest first out: one line per viewer, project and day, holding the day's last opening. */
    private static List<ProfileOpening> perDay(List<ProfileOpening> newestFirst) {
        Map<List<Object>, ProfileOpening> days = new java.util.LinkedHashMap<>();
        for (ProfileOpening o : newestFirst) {
            List<Object> key = List.of(o.viewer(), o.workspaceName(), o.projectTitle(),
                    java.time.LocalDate.ofInstant(o.at(), jp.enishi.base.JapanTime.ZONE));
            days.merge(key, o, (last, earlier) -> new ProfileOpening(last.viewer(), last.workspaceName(),
                    last.projectTitle(), last.at(), last.count() + earlier.count()));
        }
        return List.copyOf(days.values());
    }

    /** Workspaces' requests to keep the signed-in professional in their talent pool, newest first. */
    @Transactional(readOnly = true)
    public List<MyPoolRequest> poolRequests(java.util.Locale locale) {
        return currentUser.id().map(userId -> {
            List<PoolRequest> all = poolRequests.findAllOf(userId);
            Map<Long, Application> asked = applications.findAllById(all.stream().map(PoolRequest::applicationId).toList())
                    .stream().collect(java.util.stream.Collectors.toMap(Application::id, a -> a));
            Map<Long, ProjectName> names = teams.names(asked.values().stream().map(Application::projectId).distinct().toList());
            return all.stream().map(r -> {
                ProjectName name = names.get(asked.get(r.applicationId()).projectId());
                return new MyPoolRequest(r.id(), name.workspace().name(locale), name.title(), r.askedAt(), r.state());
            }).toList();
        }).orElse(List.of());
    }

    /** Answers a request of one's own, once; a yes is a consent to that workspace's pool, recorded as such. */
    public void answerPoolRequest(long requestId, boolean yes) {
        long userId = currentUser.requireId();
        PoolRequest request = poolRequests.findById(requestId).filter(r -> r.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your request"));
        if (request.answer() != null) {
            throw new InputRejectedException("pool", "pool.error.answered");
        }
        Instant now = clock.instant();
        request.answer(yes, now);
        if (yes) {
            consents.giveInvited(request.workspaceId(), ConsentPurpose.POOL, jp.enishi.talent.ConsentVia.SELECTION);
        }
        Application application = applications.findById(request.applicationId()).orElseThrow();
        published.publishEvent(new PoolRequestAnswered(request.workspaceId(), application.projectId(), application.id(),
                userId, request.askedBy(), yes, now));
    }
}
