package jp.enishi.talent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.base.InputRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The files an attacker uploads as a photo (kept in src/test/resources/uploads): each is refused with a message, or
 * — if it is a real image carrying something else — stored re-encoded, without what it carried.
 */
@EnishiTest
class HostileUploadsTest {

    @Autowired TalentProfiles profiles;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void every_hostile_upload_is_refused_with_a_message_and_nothing_is_saved() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("bomb-20000x20000.jpg", "error.image-too-many-pixels");
        expected.put("bomb-20000x20000.png", "error.image-too-many-pixels");
        expected.put("html-renamed.png", "talent.error.photo-type");
        expected.put("svg-renamed.png", "talent.error.photo-type");
        expected.put("png-magic-then-garbage.png", "talent.error.photo-type");
        signIn.newUser("hostile");
        int refused = 0;
        for (var file : expected.entrySet()) {
            InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                    () -> profiles.uploadPhoto(resource(file.getKey())));
            assertThat(rejected).as(file.getKey()).isNotNull();
            assertThat(rejected.problems()).as(file.getKey()).extracting(p -> p.field() + "=" + p.messageKey())
                    .containsExactly("photo=" + file.getValue());
            refused++;
        }
        assertThat(profiles.myPhoto()).as("nothing saved").isEmpty();
        System.out.println("[uploads] hostile uploads tried: " + expected.size() + ", refused with a message: " + refused);
    }

    @Test
    void an_accepted_photo_is_re_encoded_without_its_gps_position_or_an_appended_page() throws IOException {
        signIn.newUser("gps");
        byte[] withGps = resource("photo-with-gps.jpg");
        assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");
        profiles.uploadPhoto(withGps);
        String stored = new String(profiles.myPhoto().orElseThrow().bytes(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Exif").doesNotContain("GPS");

        byte[] polyglot = resource("polyglot-jpeg-html.jpg");
        assertThat(new String(polyglot, StandardCharsets.ISO_8859_1)).contains("<script>");
        profiles.uploadPhoto(polyglot);
        var photo = profiles.myPhoto().orElseThrow();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(photo.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>").doesNotContain("<html>");
    }

    /** Six people upload a bomb at the same moment: all refused from the header, the heap stays where it was. */
    @Test
    void six_bombs_in_parallel_leave_the_heap_flat() throws Exception {
        byte[] bomb = resource("bomb-20000x20000.jpg");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(signIn.newUser("bomber" + i));
        }
        signIn.out();
        long before = usedHeapAfterGc();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String person : people) {
                results.add(pool.submit(() -> {
                    signIn.as(person);
                    try {
                        profiles.uploadPhoto(bomb);
                        return "saved";
                    } catch (InputRejectedException rejected) {
                        return rejected.problems().getFirst().messageKey();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("error.image-too-many-pixels");
            }
        } finally {
            pool.shutdown();
        }
        long after = usedHeapAfterGc();
        System.out.printf("[uploads] 6 parallel 20,000 x 20,000 bombs: heap after GC %d MB before, %d MB after%n",
                before / (1024 * 1024), after / (1024 * 1024));
    }

    /** One person's second upload while their first is still being decoded is refused, with a message. */
    @Test
    void one_person_decodes_one_upload_at_a_time() throws Exception {
        byte[] large = largePng(6000, 6000); // 36 megapixels, under the limit: takes a while to decode and re-encode
        String person = signIn.newUser("twice");
        signIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            Future<String> first = pool.submit(() -> uploadAs(person, large));
            Thread.sleep(150);
            Future<String> second = pool.submit(() -> uploadAs(person, jp.enishi.TestImages.png()));
            assertThat(second.get()).isEqualTo("error.image-busy");
            assertThat(first.get()).isEqualTo("saved");
            System.out.printf("[uploads] a 36-megapixel photo took %d ms to decode and re-encode%n",
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    private String uploadAs(String person, byte[] bytes) {
        signIn.as(person);
        try {
            profiles.uploadPhoto(bytes);
            return "saved";
        } catch (InputRejectedException rejected) {
            return rejected.problems().getFirst().messageKey();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] largePng(int width, int height) throws IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HostileUploadsTest.class.getResourceAsStream("/uploads/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
