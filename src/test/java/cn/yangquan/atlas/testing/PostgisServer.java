package cn.yangquan.atlas.testing;

import cn.yangquan.atlas.io.PostgisConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server with PostGIS for the tests, registered with
 * {@code @RegisterExtension static final PostgisServer SERVER = new PostgisServer();}.
 * <p>
 * Which server, in this order:
 * <ol>
 * <li>{@code YQ_PG_URL} (a JDBC URL) with {@code YQ_PG_USER} (default postgres) and {@code YQ_PG_PASSWORD}, when set;
 * <li>the test cluster of {@code .ci/start-postgis.sh} when it answers on localhost:5439 (database yq_test).
 * </ol>
 * The tests never install, start or stop a server: {@code .ci/test.sh} (the README's test command) starts one before
 * Maven and stops and deletes it afterwards. When none answers, each test is skipped through an assumption that says
 * why (per test, before its {@code @BeforeEach} methods, so that the reports count and explain the skips; a test
 * class therefore loads its tables in a {@code @BeforeEach} that runs once), except under CI ({@code CI=true}), where
 * a missing server fails the class, so that the PostGIS tests can never pass by not running.
 * The server is found once per JVM.
 */
public final class PostgisServer implements BeforeAllCallback, BeforeEachCallback {
    public static final int TEST_PORT = 5439;
    public static final String TEST_DATABASE = "yq_test";
    /** The role of the test cluster that must log in with a password (see .ci/start-postgis.sh). */
    public static final String PASSWORD_ROLE = "yq_password";
    
    private static final Object LOCK = new Object();
    private static Found found;

    private record Found(PostgisConnection connection, String unavailable) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Found server = find();
        if (server.connection() == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason(server) + " (under CI, .ci/test.sh must start it with"
                    + " .ci/start-postgis.sh)");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Found server = find();
        if (server.connection() == null) {
            Assumptions.abort(reason(server));
        }
    }

    private static String reason(Found server) {
        return "no PostgreSQL/PostGIS server for the PostGIS tests: " + server.unavailable();
    }

    /** The server's database, with the credentials the tests use (an administrator of the test database). */
    public PostgisConnection connection() {
        Found server = find();
        if (server.connection() == null) {
            throw new IllegalStateException(server.unavailable());
        }
        return server.connection();
    }

    /** Whether this is the test cluster of .ci/start-postgis.sh, with its password-checked role. */
    public boolean isScriptCluster() {
        PostgisConnection connection = connection();
        return System.getenv("YQ_PG_URL") == null && connection.port() == TEST_PORT;
    }

    /** A read-write JDBC connection for setting up test tables. */
    public Connection open() throws SQLException {
        return open(connection());
    }

    private static Connection open(PostgisConnection connection) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", connection.user());
        if (connection.password() != null) {
            properties.setProperty("password", connection.password());
        }
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("socketTimeout", "60");
        Connection jdbc = new org.postgresql.Driver().connect(connection.jdbcUrl(), properties);
        if (jdbc == null) {
            throw new SQLException("the driver does not accept " + connection.jdbcUrl());
        }
        return jdbc;
    }

    private static Found find() {
        synchronized (LOCK) {
            if (found == null) {
                found = search();
            }
            return found;
        }
    }

    private static Found search() {
        String url = System.getenv("YQ_PG_URL");
        if (url != null && !url.isBlank()) {
            String user = System.getenv().getOrDefault("YQ_PG_USER", "postgres");
            PostgisConnection connection;
            try {
                connection = PostgisConnection.fromJdbcUrl(url, user, System.getenv("YQ_PG_PASSWORD"));
            } catch (IllegalArgumentException e) {
                return new Found(null, "YQ_PG_URL: " + e.getMessage());
            }
            String problem = check(connection);
            return problem == null ? new Found(connection, null)
                    : new Found(null, "YQ_PG_URL " + connection.display() + " as " + user + ": " + problem);
        }
        PostgisConnection local = new PostgisConnection("localhost", TEST_PORT, TEST_DATABASE, "postgres");
        String problem = check(local);
        if (problem == null) {
            return new Found(local, null);
        }
        return new Found(null, local.display() + ": " + problem + " (set YQ_PG_URL, or run the tests with .ci/test.sh,"
                + " which starts a test server)");
    }

    /** Null when the database answers and has PostGIS, else why not. */
    private static String check(PostgisConnection connection) {
        try (Connection jdbc = open(connection); Statement statement = jdbc.createStatement()) {
            statement.execute("SELECT postgis_lib_version()");
            return null;
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return message.lines().findFirst().orElse(message);
        }
    }
}
