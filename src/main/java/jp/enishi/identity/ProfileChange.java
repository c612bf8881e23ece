package jp.enishi.identity;

import org.jspecify.annotations.Nullable;

/** An edit of the basic profile, made on the version the user saw. */
public record ProfileChange(String displayName, @Nullable String fullName, @Nullable String residence,
                            @Nullable String bio, long version) {
}
