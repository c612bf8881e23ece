package jp.enishi.base.ui;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An unexpected error in a session never shows a stack trace or a bare "internal error": the user reads a message
 * in their language with an incident id, and the log holds the error under the same id, so support can find it.
 * Covers events of a page that is open (this handler) and errors while opening a page ({@link InternalErrorView}).
 */
@Component
class Incidents implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String id = record(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Runnable tell = () -> FieldErrors.error(ui.getTranslation("error.incident", id));
            if (ui.getSession().hasLock()) {
                tell.run();
            } else {
                ui.access(tell::run);
            }
        }
    }

    /** Logs the error under a new incident id and returns the id. */
    static String record(Throwable error) {
        String id = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(4)
                .putInt(ThreadLocalRandom.current().nextInt()).array()).toUpperCase(java.util.Locale.ROOT);
        log.error("Incident {}: {}", id, error.toString(), error);
        return id;
    }
}
