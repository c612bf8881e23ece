package jp.enishi.project;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import org.springframework.stereotype.Component;

/** Keeps a revision of the whole sheet for every version of a project, so any two can be compared. */
@Component
class ProjectRevisions {

    private final ProjectRevisionRepository revisions;
    private final UserDirectory users;
    private final Clock clock;

    ProjectRevisions(ProjectRevisionRepository revisions, UserDirectory users, Clock clock) {
        this.revisions = revisions;
        this.users = users;
        this.clock = clock;
    }

    /** After the project was flushed, so its version is the one this change produced. */
    void record(Project project, long userId, RevisionKind kind) {
        revisions.save(new ProjectRevision(project.id(), project.version(), userId, clock.instant(), kind,
                project.status(), SheetJson.write(project.sheet())));
    }

    Optional<SpecSheet> sheetAt(long projectId, long version) {
        return revisions.find(projectId, version).map(r -> SheetJson.read(r.sheet()));
    }

    List<String> authorsAfter(long projectId, long version) {
        List<Long> ids = revisions.findAllAfter(projectId, version).stream().map(ProjectRevision::authorId)
                .distinct().toList();
        var people = users.byIds(ids);
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).map(UserSummary::displayName).toList();
    }

    List<ProjectRevision> all(long projectId) {
        return revisions.findAllOfProject(projectId);
    }
}
