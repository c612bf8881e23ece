package jp.enishi.project.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A project's team and names as other capabilities need them for notices and lists; no content of the project. */
public interface ProjectTeams {

    Optional<ProjectTeam> of(long projectId);

    /** How to name and link each of these projects (unknown ids are left out). */
    Map<Long, ProjectName> names(Collection<Long> projectIds);
}
