package jp.enishi.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;

/**
 * A public project as the board and its own page show it. {@code open}: published and the deadline not passed
 * (Japan's date); otherwise the page says 募集終了.
 */
public record BoardCard(long id, String path, WorkspaceSummary workspace, SpecSheet sheet, boolean open,
                        boolean hasCover, @Nullable Instant publishedAt) {

    public List<SpecSheet.RoleSpec> roles() {
        return sheet.roles();
    }

    public @Nullable LocalDate deadline() {
        return sheet.conditions().deadline();
    }
}
