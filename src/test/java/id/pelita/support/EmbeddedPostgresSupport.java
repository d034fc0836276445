package id.pelita.support;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 17 per test JVM (zonky {@link EmbeddedPostgres}), started lazily on first use, shared by all
 * tests and stopped by zonky's shutdown hook, which also deletes the throwaway data directory.
 *
 * <p><b>Why the root workaround exists:</b> our developer and CI machines run everything as root, and {@code initdb},
 * {@code pg_ctl} and {@code postgres} refuse to run as root. When the JVM is root, zonky 2.2 itself prefixes these
 * commands with {@code unshare -U} (a user namespace where the process is "nobody"), but only if user namespaces are
 * usable, which they typically are not inside containers (Docker's seccomp profile forbids them). In that case we let
 * zonky extract its binaries early into our own working directory and replace {@code bin/initdb} and {@code bin/pg_ctl}
 * with small scripts that re-run the original binary (renamed {@code *.real}) as uid/gid 65534 ({@code nobody}) through
 * {@code setpriv}; the server started by {@code pg_ctl} inherits that user, and the data directory is handed to that
 * user before {@code initdb} runs. The scripts only switch user when started as root, so they are harmless otherwise.
 * zonky reuses the extracted directory across runs while its {@code .exists} marker is newer than the directory's
 * entries, so we touch the marker after editing {@code bin/}.
 */
public final class EmbeddedPostgresSupport {

    public static final String DATABASE = "pelita";
    private static final String USER = "postgres";
    private static final int UNPRIVILEGED_ID = 65534;
    private static final String WRAPPER = """
            #!/bin/sh
            # Written by id.pelita.support.EmbeddedPostgresSupport: PostgreSQL refuses to run as root.
            [ "$(id -u)" -ne 0 ] || exec setpriv --reuid=%1$d --regid=%1$d --clear-groups "$0.real" "$@"
            exec "$0.real" "$@"
            """.formatted(UNPRIVILEGED_ID);

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresSupport() {
    }

    /** Starts PostgreSQL with an empty, UTF-8 database {@value #DATABASE} on first call; later calls reuse it. */
    public static synchronized EmbeddedPostgres instance() {
        if (postgres == null) {
            try {
                postgres = start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            } catch (ReflectiveOperationException | SQLException e) {
                throw new IllegalStateException("Could not start embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/%s".formatted(instance().getPort(), DATABASE);
    }

    public static String username() {
        return USER;
    }

    /** Any password is accepted: the cluster uses {@code trust} authentication on localhost. */
    public static String password() {
        return "";
    }

    public static DataSource dataSource() {
        return instance().getDatabase(USER, DATABASE);
    }

    private static EmbeddedPostgres start() throws IOException, ReflectiveOperationException, SQLException {
        Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"),
                "pelita-embedded-pg-" + System.getProperty("user.name"));
        Files.createDirectories(workingDirectory);
        Path dataDirectory = Files.createTempDirectory("pelita-pg-data-");
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            installUnprivilegedWrappers(extractBinaries(workingDirectory));
            Files.setAttribute(dataDirectory, "unix:uid", UNPRIVILEGED_ID);
            Files.setAttribute(dataDirectory, "unix:gid", UNPRIVILEGED_ID);
        }
        EmbeddedPostgres started = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setDataDirectory(dataDirectory)
                .setServerConfig("fsync", "off") // throwaway cluster: durability only costs time
                // Same result on every machine, whatever LANG says and whichever OS locales are installed.
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .start();
        try (Connection connection = started.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
        return started;
    }

    private static boolean isRoot() {
        return System.getProperty("os.name").startsWith("Linux") && new UnixSystem().getUid() == 0;
    }

    /** Lets zonky extract (or find) its binaries now, before it runs {@code initdb}; returns the directory. */
    private static Path extractBinaries(Path workingDirectory) throws ReflectiveOperationException {
        Method prepareBinaries = EmbeddedPostgres.class
                .getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
        prepareBinaries.setAccessible(true);
        return ((File) prepareBinaries.invoke(null, DefaultPostgresBinaryResolver.INSTANCE,
                workingDirectory.toFile())).toPath();
    }

    private static void installUnprivilegedWrappers(Path pgDirectory) throws IOException {
        for (String command : List.of("initdb", "pg_ctl")) {
            Path original = pgDirectory.resolve("bin").resolve(command);
            Path real = original.resolveSibling(command + ".real");
            if (Files.notExists(real)) {
                Files.move(original, real);
                Files.writeString(original, WRAPPER);
                Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.setLastModifiedTime(pgDirectory.resolve(".exists"), FileTime.from(Instant.now()));
    }
}
