package jp.enishi.workspace.ui;

import java.util.function.Function;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import jp.enishi.base.NoSuchRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Loads what a workspace page shows from its service and turns the service's refusals into the error pages:
 * unknown slug or record → 「見つかりません」, someone else's workspace → 「アクセス権がありません」.
 */
@NamedInterface("ui")
public final class WorkspaceRoutes {

    public static final String PARAMETER = "workspace";

    private WorkspaceRoutes() {
    }

    public static <T> @Nullable T load(BeforeEnterEvent event, Function<String, T> loader) {
        String slug = event.getRouteParameters().get(PARAMETER).orElse("");
        try {
            return loader.apply(slug);
        } catch (NoSuchRecordException unknown) {
            event.rerouteToError(NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
        return null;
    }
}
