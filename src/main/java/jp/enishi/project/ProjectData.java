package jp.enishi.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The projects a person is on the team of, and the review comments they wrote: exported. On deletion they leave
 * every team; their comments and revisions stay as the sheet's review history, under an account that no longer
 * names anyone. Projects keep who created and last changed them the same way.
 */
@Component
@Order(40)
class ProjectData implements PersonalData {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final ProjectCommentRepository comments;

    ProjectData(ProjectRepository projects, ProjectMemberRepository members, ProjectCommentRepository comments) {
        this.projects = projects;
        this.members = members;
        this.comments = comments;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Project.class, ProjectMember.class, ProjectComment.class, ProjectRevision.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("projectTeams", projects.findAllWithIds(members.projectIdsOf(userId)).stream().map(Project::title).toList());
        parts.put("reviewComments", comments.findAllByAuthor(userId).stream()
                .map(c -> Map.of("section", c.section().name(), "body", c.body(), "at", c.createdAt())).toList());
        return parts;
    }

    @Override
    public void forget(long userId) {
        members.deleteAllOfUser(userId);
    }
}
