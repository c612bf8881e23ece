package jp.enishi.workspace.ui;

import jp.enishi.workspace.Permission;
import org.springframework.modulith.NamedInterface;

/**
 * A tab of the workspace header, contributed by the capability whose page it opens (a Spring bean; {@code @Order}
 * places it). Shown to members whose role has {@link #permission()} — the page's service still decides.
 */
@NamedInterface("ui")
public interface WorkspaceTab {

    /** The translation key of the tab's label. */
    String labelKey();

    String path(String workspaceSlug);

    Permission permission();
}
