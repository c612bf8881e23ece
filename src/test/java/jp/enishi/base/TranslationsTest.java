package jp.enishi.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Japanese is the reference; English follows it key by key; the code asks only for keys that exist. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "getTranslation\\(\"([a-z][a-z0-9.-]*[a-z0-9])\"|title = \"([a-z][a-z0-9.-]*[a-z0-9])\"|\"((?:[a-z]+\\.)?error\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void english_has_exactly_the_japanese_keys() {
        assertThat(keys("en")).isEqualTo(keys("ja"));
    }

    @Test
    void every_key_named_in_the_code_is_translated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = LITERAL_KEY.matcher(read(f));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            used.add(m.group(g));
                        }
                    }
                }
            });
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(40);
        assertThat(keys("ja")).containsAll(used);
    }

    @Test
    void every_role_and_kind_has_a_label() {
        Set<String> ja = keys("ja");
        for (var role : jp.enishi.workspace.Role.values()) {
            assertThat(ja).contains("role." + role.name());
        }
        for (var kind : jp.enishi.workspace.MunicipalityKind.values()) {
            assertThat(ja).contains("kind." + kind.name());
        }
    }

    @Test
    void every_project_value_and_status_move_has_a_label() {
        Set<String> ja = keys("ja");
        for (var status : jp.enishi.project.ProjectStatus.values()) {
            assertThat(ja).contains("project.status." + status.name());
            status.next().forEach(next -> assertThat(ja).contains("project.move." + status.name() + "." + next.name()));
        }
        java.util.stream.Stream.of(jp.enishi.project.ContractType.values()).forEach(v -> assertThat(ja).contains("project.contract." + v.name()));
        java.util.stream.Stream.of(jp.enishi.project.WorkStyle.values()).forEach(v -> assertThat(ja).contains("project.work-style." + v.name()));
        java.util.stream.Stream.of(jp.enishi.project.SkillCategory.values()).forEach(v -> assertThat(ja).contains("skill." + v.name()));
        java.util.stream.Stream.of(jp.enishi.project.Section.values()).forEach(v -> assertThat(ja).contains("project.section." + v.name()));
        java.util.stream.Stream.of(jp.enishi.project.RevisionKind.values()).forEach(v -> assertThat(ja).contains("project.revision." + v.name()));
    }

    private static Set<String> keys(String language) {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
