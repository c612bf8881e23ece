package jp.enishi.base.ui;

import java.io.IOException;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Vaadin's static file server, not asked about page addresses. Before Vaadin routes a request it asks the class
 * loader and the servlet context whether the path is a static file: for a page such as {@code /projects/12-…}
 * that is a miss in each of the application's ~250 jars, 8% of a page's CPU in the launch-rush profile. Every
 * static file Enishi and its libraries serve has a dot in its name ({@code sw.js}, {@code VAADIN/build/….js},
 * {@code favicon.ico}), and no route has one in its last segment, so a path whose last segment has no dot
 * goes straight to the router; every other path is Vaadin's as before. A page whose slug has a dot only costs
 * the look-up it always did. (docs/design-decisions/2026-12-03-launch-rush.md)
 */
@Component
class StaticFiles implements StaticFileHandlerFactory {

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new StaticFileServer(service) {
            @Override
            public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                return isFileName(request.getRequestURI()) && super.serveStaticResource(request, response);
            }
        };
    }

    /** Whether the path's last segment could name a file: it has a dot. */
    static boolean isFileName(String path) {
        return path.indexOf('.', path.lastIndexOf('/') + 1) >= 0;
    }
}
