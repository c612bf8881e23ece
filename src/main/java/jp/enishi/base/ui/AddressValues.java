package jp.enishi.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/**
 * Values read from the address bar — route parameters and query parameters — which anyone can type: a value that
 * does not parse is simply absent, never an error page.
 */
public final class AddressValues {

    private AddressValues() {
    }

    public static Optional<Long> longValue(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Integer> intValue(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The constant named by the parameter, written as {@code KYUSHU_OKINAWA} or {@code kyushu-okinawa}. */
    public static <E extends Enum<E>> Optional<E> enumValue(QueryParameters parameters, String name, Class<E> type) {
        return parameters.getSingleParameter(name).map(v -> v.toUpperCase(Locale.ROOT).replace('-', '_'))
                .flatMap(constant -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(constant)).findFirst());
    }
}
