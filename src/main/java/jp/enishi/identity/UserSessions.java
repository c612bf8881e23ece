package jp.enishi.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends a user's signed-in sessions on every browser (the registry Spring Security keeps at each sign-in); the next
 * request of an ended session finds itself signed out. One node's registry: behind a cluster with sticky sessions
 * each node ends its own, see the design decision of 2026-12-02.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Every session of the user but the one making this request. */
    void endOthers(long userId) {
        var attributes = RequestContextHolder.getRequestAttributes();
        end(userId, attributes == null ? null : attributes.getSessionId());
    }

    void endAll(long userId) {
        end(userId, null);
    }

    private void end(long userId, @Nullable String keep) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof EnishiPrincipal p && p.userId() == userId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                    }
                }
            }
        }
    }
}
