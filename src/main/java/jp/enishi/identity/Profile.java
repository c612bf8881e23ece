package jp.enishi.identity;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user's own basic profile, shown at {@code /me}; {@code version} guards against overwriting an
 * edit made elsewhere in the meantime.
 */
public record Profile(String email, String displayName, @Nullable String fullName, @Nullable String residence,
                      @Nullable String bio, String language, boolean hasPassword, long version) {
}
