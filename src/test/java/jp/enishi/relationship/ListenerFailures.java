package jp.enishi.relationship;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.enishi.talent.ConsentGiven;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A listener in the publishing transaction that fails for the people a test arms it for. */
@Component
class ListenerFailures {

    private final Set<Long> armed = ConcurrentHashMap.newKeySet();

    void arm(long userId) {
        armed.add(userId);
    }

    void disarm(long userId) {
        armed.remove(userId);
    }

    @EventListener
    void on(ConsentGiven given) {
        if (armed.contains(given.userId())) {
            throw new IllegalStateException("listener failed on purpose");
        }
    }
}
