package jp.enishi.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.enishi.base.JapanTime;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads an engagement whole for one side: the team reads everything; the professional reads neither the team's own
 * notes nor the region's review before writing theirs (each side reviews unswayed). Names in one query.
 */
@Component
class EngagementDetails {

    private final CheckInRepository checkIns;
    private final VisitRepository visits;
    private final TravelClaimRepository claims;
    private final ReviewRepository reviews;
    private final ExtensionRepository extensions;
    private final UserDirectory users;
    private final WorkspaceDirectory workspaces;
    private final Clock clock;

    EngagementDetails(CheckInRepository checkIns, VisitRepository visits, TravelClaimRepository claims,
                      ReviewRepository reviews, ExtensionRepository extensions, UserDirectory users,
                      WorkspaceDirectory workspaces, Clock clock) {
        this.checkIns = checkIns;
        this.visits = visits;
        this.claims = claims;
        this.reviews = reviews;
        this.extensions = extensions;
        this.users = users;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    EngagementDetail read(Engagement e, Side reader, Locale locale) {
        List<CheckIn> all = checkIns.findAllOf(e.id());
        Map<Long, Long> correctedBy = all.stream().filter(c -> c.correctsId() != null)
                .collect(Collectors.toMap(CheckIn::correctsId, CheckIn::id));
        Set<Long> people = new HashSet<>();
        people.add(e.userId());
        all.forEach(c -> people.add(c.authorId()));
        if (e.coordinatorId() != null) {
            people.add(e.coordinatorId());
        }
        if (e.themeOwnerId() != null) {
            people.add(e.themeOwnerId());
        }
        Map<Long, UserSummary> names = users.byIds(people);
        Function<@Nullable Long, @Nullable String> name = id -> id == null || !names.containsKey(id) ? null
                : names.get(id).displayName();
        List<CheckInLine> lines = all.stream().filter(c -> reader == Side.TEAM || !c.teamOnly())
                .map(c -> new CheckInLine(c.id(), c.side(), Objects.requireNonNullElse(name.apply(c.authorId()), ""),
                        c.status(), c.notes(), c.nextSteps(), c.teamOnly(), c.correctsId(), correctedBy.get(c.id()),
                        c.writtenAt()))
                .toList();
        List<ReviewLine> written = reviews.findByEngagementId(e.id()).stream().map(Review::line).toList();
        boolean ownWritten = written.stream().anyMatch(r -> r.side() == reader);
        List<ReviewLine> shown = written.stream().filter(r -> r.side() == reader || reader == Side.TEAM || ownWritten)
                .toList();
        WorkspaceSummary region = workspaces.byIds(List.of(e.workspaceId())).get(e.workspaceId());
        LocalDate today = JapanTime.today(clock);
        return new EngagementDetail(e.id(), e.version(), region == null ? "" : region.slug(),
                region == null ? "" : region.name(locale), e.userId(),
                Objects.requireNonNullElse(name.apply(e.userId()), ""), e.projectTitle(), e.roleTitle(), e.status(),
                e.terms(), name.apply(e.coordinatorId()), name.apply(e.themeOwnerId()), e.health(), e.nextCheckInOn(),
                e.nextVisitOn(), e.nextCheckInOn() != null && e.nextCheckInOn().isBefore(today), e.endedBy(today), lines,
                visits.findAllOf(e.id()).stream().map(Visit::line).toList(),
                claims.findAllOf(e.id()).stream().map(TravelClaim::line).toList(),
                remaining(e, claims.committed(e.id())),
                extensions.findAllOf(e.id()).stream().map(Extension::line).toList(), e.outcome(),
                e.outcomeReasonOrEmpty(), shown);
    }

    /** Yen left to claim: of the whole budget, or the ceiling of one trip; null without travel support. */
    static @Nullable Long remaining(Engagement e, long committed) {
        if (e.travelBudgetYen() <= 0) {
            return null;
        }
        return e.travelBudgetPer() == BudgetBasis.TRIP ? e.travelBudgetYen() : Math.max(0, e.travelBudgetYen() - committed);
    }
}
