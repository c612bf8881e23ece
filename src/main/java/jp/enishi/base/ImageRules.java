package jp.enishi.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An uploaded image — a project's cover, a professional's photo — is a PNG or JPEG of at most 2 MB, judged by its
 * own bytes: never by its name or the type the browser claims, so an SVG or HTML page renamed .png is refused. Then,
 * before any pixel is decoded, its header's size: at most {@link #MAX_PIXELS}, so a 631-byte file declaring
 * 20,000 × 20,000 pixels (a decompression bomb, 1.6 GB once decoded) is refused for what it says it is. What passes
 * is decoded — by one upload per person at a time and {@link #DECODING_AT_ONCE} on the node, so parallel uploads
 * cannot exhaust the heap — and re-encoded: what is stored and served is a fresh image, without metadata (the GPS
 * position in a phone's photo) or anything appended to it (an HTML tail in a polyglot file).
 */
public final class ImageRules {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    /** 40 megapixels: more than any phone photo or cover needs; decoded, 160 MB at most. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Decodes running at once on this node; further uploads wait up to {@link #WAIT_SECONDS}, then are refused. */
    static final int DECODING_AT_ONCE = 2;
    static final int WAIT_SECONDS = 10;
    private static final Semaphore DECODERS = new Semaphore(DECODING_AT_ONCE, true);
    private static final Map<Object, Boolean> DECODING_FOR = new ConcurrentHashMap<>();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ImageRules() {
    }

    /** What is kept of an accepted upload: the re-encoded image and its type. */
    public record Accepted(String contentType, byte[] bytes) {
    }

    /**
     * Checks and re-encodes an upload by {@code owner} (a user id); refused on {@code field} with {@code
     * tooLargeKey} (given the limit in MB), {@code typeKey} if it is no acceptable image, {@code
     * error.image-too-many-pixels} above the pixel limit, or {@code error.image-busy} while the same owner's previous
     * upload is still being decoded or the node is busy.
     */
    public static Accepted accept(Object owner, byte[] bytes, String field, String tooLargeKey, String typeKey) {
        if (bytes.length > MAX_BYTES) {
            throw new InputRejectedException(field, tooLargeKey, MAX_MEGABYTES);
        }
        String format = startsWith(bytes, PNG) ? "png" : startsWith(bytes, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw new InputRejectedException(field, typeKey);
        }
        if (DECODING_FOR.putIfAbsent(owner, Boolean.TRUE) != null) {
            throw new InputRejectedException(field, "error.image-busy");
        }
        try {
            if (!DECODERS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new InputRejectedException(field, "error.image-busy");
            }
            try {
                BufferedImage image = decode(bytes, format, field, typeKey);
                return new Accepted("png".equals(format) ? "image/png" : "image/jpeg", encode(image, format, field, typeKey));
            } finally {
                DECODERS.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException(field, "error.image-busy");
        } finally {
            DECODING_FOR.remove(owner);
        }
    }

    /** Reads the header first and refuses too many pixels before a single one is decoded. */
    private static BufferedImage decode(byte[] bytes, String format, String field, String typeKey) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new InputRejectedException(field, typeKey);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InputRejectedException(field, "error.image-too-many-pixels", MAX_PIXELS / 1_000_000,
                            reader.getWidth(0) + " × " + reader.getHeight(0));
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new InputRejectedException(field, typeKey);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRejectedException rejected) {
                throw rejected;
            }
            throw new InputRejectedException(field, typeKey);
        }
    }

    /** A fresh file of the same format: pixels only, no metadata, nothing after the image. */
    private static byte[] encode(BufferedImage image, String format, String field, String typeKey) {
        BufferedImage pixels = image;
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            pixels.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new InputRejectedException(field, typeKey);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
