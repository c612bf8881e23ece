package jp.enishi.project;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jp.enishi.base.RegionFigure;
import jp.enishi.base.spi.Counts;
import jp.enishi.base.spi.RegionFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Projects first published in a fiscal year, per workspace. */
@Component
@Transactional(readOnly = true)
class ProjectFigures implements RegionFigureSource {

    private final ProjectRepository projects;

    ProjectFigures(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Set<RegionFigure> figures() {
        return Set.of(RegionFigure.PROJECTS_PUBLISHED);
    }

    @Override
    public Map<RegionFigure, Map<Long, Long>> count(Instant from, Instant to) {
        return Map.of(RegionFigure.PROJECTS_PUBLISHED, Counts.of(projects.countPublishedPerWorkspace(from, to)));
    }
}
