package jp.enishi.engagement;

import java.time.Clock;

import jp.enishi.base.JapanTime;
import jp.enishi.project.ProjectGate;
import jp.enishi.selection.ApplicantHired;
import jp.enishi.selection.DecisionReopened;
import jp.enishi.selection.Stage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A 採用 opens an engagement for the team to confirm its terms (the one who hired proposed as coordinator); a 採用
 * taken back cancels it, and hiring again opens it again. After the hire commits, through the event publication
 * registry; once per application, whatever the deliveries.
 */
@Component
class EngagementOpener {

    private final EngagementRepository engagements;
    private final ProjectGate projects;
    private final Clock clock;

    EngagementOpener(EngagementRepository engagements, ProjectGate projects, Clock clock) {
        this.engagements = engagements;
        this.projects = projects;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicantHired hired) {
        var existing = engagements.findByApplicationId(hired.applicationId());
        if (existing.isPresent()) {
            existing.get().reopenIfCancelled(Terms.proposed(JapanTime.today(clock), hired.hiredBy()));
            return;
        }
        engagements.save(new Engagement(hired.workspaceId(), hired.projectId(), hired.applicationId(), hired.userId(),
                projects.title(hired.projectId()), hired.roleTitle(),
                Terms.proposed(JapanTime.today(clock), hired.hiredBy()), clock.instant()));
    }

    @ApplicationModuleListener
    void on(DecisionReopened reopened) {
        if (reopened.decided() == Stage.HIRED) {
            engagements.findByApplicationId(reopened.applicationId()).ifPresent(e -> e.cancel(clock.instant()));
        }
    }
}
