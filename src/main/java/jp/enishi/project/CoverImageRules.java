package jp.enishi.project;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import jp.enishi.base.InputRejectedException;

/**
 * A cover is a PNG or JPEG of at most 2 MB, judged by its own bytes — never by its name or the type the browser
 * claims, so an SVG or HTML page renamed .png is refused — and it must decode as an image.
 */
final class CoverImageRules {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private CoverImageRules() {
    }

    /** The content type to serve the image with; refused with a message if it is no acceptable image. */
    static String check(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InputRejectedException("cover", "project.error.cover-too-large", MAX_MEGABYTES);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null || !decodes(bytes)) {
            throw new InputRejectedException("cover", "project.error.cover-type");
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
