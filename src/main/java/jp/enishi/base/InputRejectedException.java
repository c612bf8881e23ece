package jp.enishi.base;

import java.util.List;

/**
 * A service refused what a user entered. Nothing was saved. The view shows each {@link Problem} on its field, in the
 * user's language; the service, not the view, is where input is judged.
 */
public class InputRejectedException extends RuntimeException {

    private final List<Problem> problems;

    public InputRejectedException(List<Problem> problems) {
        super("Input rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InputRejectedException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
