package jp.enishi.selection.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.project.SkillCategory;
import jp.enishi.selection.PipelineQuery.Order;
import jp.enishi.selection.PipelineQuery;
import jp.enishi.selection.SelectionPaths;
import jp.enishi.selection.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What the pipeline page shows, as it stands in the address ({@code ?stage=…&sort=…&q=…&skill=…&shown=…&view=board}):
 * a filtered list can be shared, reloaded and gone back to.
 */
record PipelineAddress(String slug, long projectId, @Nullable Stage stage, Order sort, int shown, boolean board,
                       @Nullable String keyword, @Nullable SkillCategory skill) {

    static PipelineAddress read(String slug, long projectId, QueryParameters query) {
        return new PipelineAddress(slug, projectId,
                AddressValues.enumValue(query, "stage", Stage.class).orElse(null),
                AddressValues.enumValue(query, "sort", Order.class).orElse(Order.APPLIED),
                query.getSingleParameter("shown").flatMap(AddressValues::intValue).orElse(PipelineQuery.PAGE),
                query.getSingleParameter("view").filter("board"::equals).isPresent(),
                query.getSingleParameter("q").filter(q -> !q.isBlank()).orElse(null),
                AddressValues.enumValue(query, "skill", SkillCategory.class).orElse(null));
    }

    PipelineQuery query() {
        return new PipelineQuery(stage, sort, shown, keyword, skill);
    }

    PipelineAddress withStage(@Nullable Stage to) {
        return new PipelineAddress(slug, projectId, to, sort, PipelineQuery.PAGE, board, keyword, skill);
    }

    PipelineAddress withSort(Order to) {
        return new PipelineAddress(slug, projectId, stage, to, PipelineQuery.PAGE, board, keyword, skill);
    }

    PipelineAddress withBoard(boolean to) {
        return new PipelineAddress(slug, projectId, stage, sort, PipelineQuery.PAGE, to, keyword, skill);
    }

    PipelineAddress withShown(int to) {
        return new PipelineAddress(slug, projectId, stage, sort, to, board, keyword, skill);
    }

    PipelineAddress withFilter(@Nullable String to, @Nullable SkillCategory area) {
        return new PipelineAddress(slug, projectId, stage, sort, PipelineQuery.PAGE, board,
                to == null || to.isBlank() ? null : to.strip(), area);
    }

    String href() {
        Map<String, String> q = new LinkedHashMap<>();
        if (stage != null) {
            q.put("stage", stage.name());
        }
        if (sort != Order.APPLIED) {
            q.put("sort", sort.name());
        }
        if (keyword != null) {
            q.put("q", keyword);
        }
        if (skill != null) {
            q.put("skill", skill.name());
        }
        if (shown != PipelineQuery.PAGE) {
            q.put("shown", String.valueOf(shown));
        }
        if (board) {
            q.put("view", "board");
        }
        String query = QueryParameters.simple(q).getQueryString();
        return SelectionPaths.pipeline(slug, projectId) + (query.isEmpty() ? "" : "?" + query);
    }
}
