package jp.enishi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.enishi.base.JapanTime;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.Section;
import jp.enishi.project.SpecSheet;
import jp.enishi.project.SpecSheetReview;
import org.springframework.stereotype.Component;

/**
 * Writes the demo projects through the project services as their authors, and moves them through review to their
 * status as the workspace's admin — so every demo project passed the same rules as a real one. Adds only missing ones.
 */
@Component
class DemoProjectLoader {

    private final DemoSession session;
    private final ProjectService projects;
    private final SpecSheetReview review;
    private final Clock clock;

    DemoProjectLoader(DemoSession session, ProjectService projects, SpecSheetReview review, Clock clock) {
        this.session = session;
        this.projects = projects;
        this.review = review;
        this.clock = clock;
    }

    void ensure() {
        LocalDate today = JapanTime.today(clock);
        for (DemoProjects.Project p : DemoProjects.ALL) {
            String admin = admin(p.workspace());
            boolean exists = session.as(admin, () -> projects.list(p.workspace(), null).rows().stream()
                    .anyMatch(row -> row.title().equals(p.title())));
            if (!exists) {
                load(p, admin, today);
            }
        }
    }

    private void load(DemoProjects.Project p, String admin, LocalDate today) {
        long id = session.as(p.author(), () -> projects.create(p.workspace(), p.title()));
        session.run(p.author(), () -> projects.save(p.workspace(), id, projects.open(p.workspace(), id).version(),
                sheet(p, today)));
        List<ProjectStatus> path = switch (p.status()) {
            case DRAFT -> List.of();
            case IN_REVIEW -> List.of(ProjectStatus.IN_REVIEW);
            case PUBLISHED -> List.of(ProjectStatus.IN_REVIEW, ProjectStatus.PUBLISHED);
            case CLOSED -> List.of(ProjectStatus.IN_REVIEW, ProjectStatus.PUBLISHED, ProjectStatus.CLOSED);
            case ARCHIVED -> List.of(ProjectStatus.ARCHIVED);
        };
        path.forEach(next -> session.run(admin, () -> projects.changeStatus(p.workspace(), id, next)));

        if (p.status() == ProjectStatus.DRAFT && p.workspace().equals("shiojiri")) {
            // A professional from outside Shiojiri helps write this draft: she may edit it, and nothing else.
            session.run(p.author(), () -> projects.addToTeam(p.workspace(), id, DemoPeople.PRO_DESIGNER.email()));
        }
        if (p.status() == ProjectStatus.IN_REVIEW && p.workspace().equals("shiojiri")) {
            long comment = session.as(admin, () -> review.comment(p.workspace(), id, Section.FUTURE,
                    "目指す未来をもう少し具体的に。3年後、里山に何人の仲間がいる状態を目指しますか？"));
            session.run(p.author(), () -> review.reply(p.workspace(), comment,
                    "TUG BOATさんと相談して、年間の参加者数と継続して関わる人数を書き足します。"));
        }
    }

    private static SpecSheet sheet(DemoProjects.Project p, LocalDate today) {
        DemoProjects.Terms t = p.terms();
        return new SpecSheet(p.title(), p.summary(), p.themeOwner(), p.ownerStory(), p.localIssue(), p.future(),
                p.expectations(), p.roles(), new SpecSheet.Conditions(t.contract(), t.months(), t.payMin(), t.payMax(),
                t.days(), t.style(), t.travel(), t.place(), today.plusDays(t.deadlineInDays())));
    }

    private static String admin(String workspace) {
        return DemoMunicipality.ALL.stream().filter(m -> m.slug().equals(workspace)).findFirst().orElseThrow().firstAdmin();
    }
}
