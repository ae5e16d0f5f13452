package cn.yangquan.atlas.io;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL/PostGIS database is and who logs in: host, port, database, user, an optional password (null when
 * not known, e.g. settings saved without it) and whether SSL is required.
 * <p>
 * The password never appears in {@link #toString()}, {@link #display()} or {@link #jdbcUrl()}; it is handed to the
 * driver only as a connection property.
 */
public record PostgisConnection(String host, int port, String database, String user, String password, boolean ssl) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?\\[]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?");

    public PostgisConnection {
        host = requireText(host, "host");
        database = requireText(database, "database");
        user = requireText(user, "user");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535, is " + port);
        }
    }

    /** Without password and SSL. */
    public PostgisConnection(String host, int port, String database, String user) {
        this(host, port, database, user, null, false);
    }

    /**
     * Reads a JDBC URL {@code jdbc:postgresql://host[:port]/database[?sslmode=require...]}; SSL is required when the
     * URL says {@code ssl=true} or an {@code sslmode} of require, verify-ca or verify-full.
     *
     * @throws IllegalArgumentException when the URL is not of that form
     */
    public static PostgisConnection fromJdbcUrl(String url, String user, String password) {
        Matcher matcher = JDBC_URL.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + url);
        }
        String host = matcher.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
        String database = URLDecoder.decode(matcher.group(3), StandardCharsets.UTF_8);
        boolean ssl = false;
        if (matcher.group(4) != null) {
            for (String parameter : matcher.group(4).split("&")) {
                String[] pair = parameter.split("=", 2);
                String key = pair[0].toLowerCase(Locale.ROOT);
                String value = pair.length > 1 ? pair[1].toLowerCase(Locale.ROOT) : "";
                if (key.equals("ssl") && value.equals("true")
                        || key.equals("sslmode") && (value.equals("require") || value.startsWith("verify"))) {
                    ssl = true;
                }
            }
        }
        return new PostgisConnection(host, port, database, user, password, ssl);
    }

    /**
     * The JDBC URL, without user and password (those go in the connection properties):
     * {@code jdbc:postgresql://host:port/database?sslmode=require|prefer&ApplicationName=yq-atlas}.
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?sslmode=" + (ssl ? "require" : "prefer") + "&ApplicationName=yq-atlas";
    }

    /** How messages name the database: {@code postgresql://host:port/database}, never with user or password. */
    public String display() {
        return "postgresql://" + hostForUrl() + ":" + port + "/" + database;
    }

    public boolean hasPassword() {
        return password != null;
    }

    public PostgisConnection withPassword(String newPassword) {
        return new PostgisConnection(host, port, database, user, newPassword, ssl);
    }

    public PostgisConnection withoutPassword() {
        return withPassword(null);
    }

    /** Names the database and user; the password shows only as whether there is one. */
    @Override
    public String toString() {
        return "PostgisConnection[" + user + "@" + display() + (ssl ? ", ssl" : "")
                + (password == null ? "" : ", password ***") + "]";
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
