package jp.enishi.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * An uploaded image — a project's cover, a professional's photo — is a PNG or JPEG of at most 2 MB, judged by its
 * own bytes: never by its name or the type the browser claims, so an SVG or HTML page renamed .png is refused; and it
 * must decode as an image.
 */
public final class ImageRules {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ImageRules() {
    }

    /**
     * The content type to serve the image with; refused on {@code field} with the message {@code tooLargeKey} (given
     * the limit in MB) or {@code typeKey} if it is no acceptable image.
     */
    public static String check(byte[] bytes, String field, String tooLargeKey, String typeKey) {
        if (bytes.length > MAX_BYTES) {
            throw new InputRejectedException(field, tooLargeKey, MAX_MEGABYTES);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null || !decodes(bytes)) {
            throw new InputRejectedException(field, typeKey);
        }
        return type;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean decodes(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
