package jp.enishi.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One thing to tell some people. {@code link} is a path inside Enishi; {@code args} fill the kind's texts, each a
 * plain value or a {@link Bilingual}. {@code workspaceId} names the workspace the notice speaks for: e-mails are
 * sent in its name and its admins see those that fail. {@code file}: what the e-mail carries besides its text.
 */
public record Notice(Set<Long> recipients, @Nullable Long workspaceId, NotificationKind kind, String link,
                     List<Object> args, jp.enishi.mail.@Nullable Attachment file) {

    public Notice {
        recipients = Set.copyOf(recipients);
        args = List.copyOf(args);
    }

    public static Notice to(Collection<Long> recipients, @Nullable Long workspaceId, NotificationKind kind, String link,
                            Object... args) {
        return new Notice(Set.copyOf(recipients), workspaceId, kind, link, List.of(args), null);
    }

    /** The same notice, its e-mail carrying a file (the app shows the notice without it). */
    public Notice withFile(jp.enishi.mail.Attachment attached) {
        return new Notice(recipients, workspaceId, kind, link, args, attached);
    }
}
