package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AttributeMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads PostGIS tables (and views) as read-only layers in the map CRS.
 * <p>
 * {@link #tables} lists the geometry columns the user may read, from PostGIS's {@code geometry_columns} view.
 * {@link #read} reads one of them: the connection is opened read-only with a login and socket timeout; the table must
 * be one that {@code geometry_columns} lists (so a name can never smuggle SQL in; identifiers are quoted besides). The
 * geometry comes as 2D WKB ({@code ST_AsBinary(ST_Force2D(col))}) with its {@code ST_SRID}, and is transformed on
 * this side from the SRID's CRS (its EPSG code in {@code spatial_ref_sys}, else its WKT through {@link CrsResolver})
 * to the map CRS. A row with a NULL, empty or unreadable geometry is skipped, an invalid polygon repaired; both are
 * reported naming the table and the row's primary key (or row number). Other columns become attributes: integers as
 * Long, other numbers as Double (numeric without declared decimals as Long when whole), booleans, dates, times and
 * timestamps as ISO-8601 text,
 * anything else as its text; bytea and other geometry/raster columns are left out. Feature ids are
 * {@code "<table>:<key>"}.
 * <p>
 * Every failure (server unreachable, wrong password, missing database or table, unknown SRID, a query error) is an
 * {@link InputProblem} whose file is {@link PostgisConnection#display()} and whose cause is one line; the password
 * never appears in it. Stateless and thread-safe: each call opens and closes its own connection.
 */
public final class PostgisReader {
    /** One geometry column as {@code geometry_columns} lists it; {@code srid} 0 means the column declares none. */
    public record TableInfo(String schema, String table, String geometryColumn, int srid, String type, int dimensions) {
        /** {@code schema.table}, as messages name it. */
        public String qualifiedName() {
            return schema + "." + table;
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int FETCH_SIZE = 1_000;
    /** The pipeline's problems in English, as this reader words its own. */
    private static final Messages MESSAGES = Messages.forLanguage("en");
    /** Column types that are no attribute: binary, and other spatial columns (only the chosen geometry is read). */
    private static final Set<String> LEFT_OUT_TYPES =
            Set.of("bytea", "geometry", "geography", "raster", "box2d", "box3d", "box2df", "gidx");
    private static final int LISTED_IN_MESSAGES = 12;

    private record Column(String name, String typeName) {
    }


    private final Duration timeout;
    private final HeapBudget budget;

    public PostgisReader() {
        this(DEFAULT_TIMEOUT, HeapBudget.ofRuntime());
    }

    /** @param timeout for logging in and for each wait on the server while reading */
    public PostgisReader(Duration timeout, HeapBudget budget) {
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 s");
        }
        this.timeout = timeout;
        this.budget = budget;
    }

    /** The geometry columns the user may read, by schema, table and column. */
    public List<TableInfo> tables(PostgisConnection database) throws InputProblem {
        try (Connection connection = open(database)) {
            return geometryColumns(connection, database, null, null, null);
        } catch (SQLException e) {
            throw problem(database, "geometry_columns", "cannot list the tables", e);
        }
    }

    /** Reads a table listed by {@link #tables}. */
    public ReadResult read(PostgisConnection database, TableInfo table) throws InputProblem {
        return read(database, table.schema(), table.table(), table.geometryColumn());
    }

    /**
     * Reads the table's features with the geometry of {@code geometryColumn} (when null, the table's geometry column,
     * or the first by name if it has several), transformed to the map CRS.
     */
    public ReadResult read(PostgisConnection database, String schema, String table, String geometryColumn)
            throws InputProblem {
        if (schema == null || table == null) {
            throw new IllegalArgumentException("schema and table are required");
        }
        String place = "table " + schema + "." + table;
        try (Connection connection = open(database)) {
            List<TableInfo> found = geometryColumns(connection, database, schema, table, geometryColumn);
            if (found.isEmpty()) {
                throw new InputProblem(database.display(), place, notFound(connection, database, schema, table,
                        geometryColumn));
            }
            return readTable(connection, database, found.get(0));
        } catch (SQLException e) {
            throw problem(database, place, "cannot read", e);
        }
    }

    private ReadResult readTable(Connection connection, PostgisConnection database, TableInfo info)
            throws SQLException, InputProblem {
        String file = database.display();
        String place = "table " + info.qualifiedName();
        String declaredCrs = info.srid() == 0 ? null
                : PostgisCrs.crsOf(connection, info.srid(), file, place + ", column " + info.geometryColumn());
        budget.check(file + ", " + place, tableBytes(connection, info), HeapBudget.HEAP_PER_FILE_BYTE);
        List<Column> columns = attributeColumns(connection, info);
        String key = primaryKey(connection, info);

        String geometry = quoted(info.geometryColumn());
        StringBuilder select = new StringBuilder("SELECT ST_AsBinary(ST_Force2D(").append(geometry)
                .append(")), ST_SRID(").append(geometry).append(')');
        for (Column column : columns) {
            select.append(", ").append(quoted(column.name()));
        }
        select.append(" FROM ").append(quoted(info.schema())).append('.').append(quoted(info.table()));
        if (key != null) {
            select.append(" ORDER BY ").append(quoted(key));
        }

        List<String> problems = new ArrayList<>();
        List<PostgisCrs.Pending> pending = new ArrayList<>();
        int repaired = 0;
        WKBReader wkb = new WKBReader();
        // One key array for the table's rows, in column order.
        AttributeMap.Builder attributeMaps = new AttributeMap.Builder();
        try (PreparedStatement query = connection.prepareStatement(select.toString())) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                long rowNumber = 0;
                while (rows.next()) {
                    rowNumber++;
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        attributes.put(columns.get(i).name(), value(rows, i + 3, meta.getColumnType(i + 3),
                                columns.get(i).typeName(), meta.getScale(i + 3)));
                    }
                    Object keyValue = key == null ? null : attributes.get(key);
                    String rowKey = keyValue != null ? key + " " + keyValue : "row " + rowNumber;
                    String rowPlace = place + ", " + rowKey;
                    byte[] bytes = rows.getBytes(1);
                    if (bytes == null) {
                        problems.add(file + ", " + rowPlace + ": no geometry (NULL; skipped)");
                        continue;
                    }
                    Geometry shape;
                    try {
                        shape = wkb.read(bytes);
                    } catch (ParseException | RuntimeException e) {
                        problems.add(file + ", " + rowPlace + ": unreadable geometry (" + e.getMessage() + "; skipped)");
                        continue;
                    }
                    if (shape.isEmpty()) {
                        problems.add(file + ", " + rowPlace + ": empty geometry (skipped)");
                        continue;
                    }
                    Geometry checked;
                    try {
                        checked = FeaturePipeline.checked(shape, MESSAGES);
                    } catch (IllegalArgumentException e) {
                        problems.add(file + ", " + rowPlace + ": " + e.getMessage() + " " + MESSAGES.get("reader.skipped"));
                        continue;
                    }
                    if (checked != shape) {
                        repaired++;
                        problems.add(file + ", " + rowPlace + ": " + MESSAGES.get("reader.geometry.repaired"));
                    }
                    shape = checked;
                    String id = info.table() + ":" + (keyValue != null ? keyValue : String.valueOf(rowNumber));
                    pending.add(new PostgisCrs.Pending(new Feature(id, shape, attributeMaps.build(
                            attributes.keySet().toArray(String[]::new), attributes.values().toArray(), attributes.size())),
                            rows.getInt(2), rowPlace));
                }
            }
        }
        connection.commit();
        PostgisCrs.Projected projected = PostgisCrs.toMapCrs(connection, database, info, declaredCrs, pending, problems);
        if (projected.features().isEmpty()) {
            problems.add(file + ", " + place + ": " + MESSAGES.get("reader.layer.empty"));
        }
        return new ReadResult(new FeatureCollection(info.table(), projected.features(),
                columns.stream().map(Column::name).toList()), projected.sourceCrs(), problems, repaired);
    }

    /** Opens a read-only connection (autocommit off, so that rows are fetched in batches through a cursor). */
    private Connection open(PostgisConnection database) throws InputProblem {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        String seconds = String.valueOf(Math.max(1, timeout.toSeconds()));
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("readOnly", "true");
        Connection connection = null;
        try {
            connection = new org.postgresql.Driver().connect(database.jdbcUrl(), properties);
            if (connection == null) {
                throw new InputProblem(database.display(), "", "cannot connect: the driver does not accept the URL");
            }
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw problem(database, "", "cannot connect", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw new InputProblem(database.display(), "", "cannot connect: " + scrub(String.valueOf(e.getMessage()),
                    database), null);
        }
    }

    private static List<TableInfo> geometryColumns(Connection connection, PostgisConnection database, String schema,
            String table, String column) throws SQLException, InputProblem {
        StringBuilder sql = new StringBuilder("SELECT f_table_schema, f_table_name, f_geometry_column, srid, type,"
                + " coord_dimension FROM geometry_columns");
        List<String> values = new ArrayList<>();
        if (schema != null) {
            sql.append(" WHERE f_table_schema = ? AND f_table_name = ?");
            values.add(schema);
            values.add(table);
            if (column != null) {
                sql.append(" AND f_geometry_column = ?");
                values.add(column);
            }
        }
        sql.append(" ORDER BY f_table_schema, f_table_name, f_geometry_column");
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                query.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(new TableInfo(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getString(5), rows.getInt(6)));
                }
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new InputProblem(database.display(), "geometry_columns",
                        "PostGIS is not installed in database " + database.database()
                                + " (no geometry_columns view; CREATE EXTENSION postgis)");
            }
            throw e;
        }
        return tables;
    }

    /** Why a table was not found, with the geometry tables there are. */
    private static String notFound(Connection connection, PostgisConnection database, String schema, String table,
            String column) throws SQLException, InputProblem {
        List<TableInfo> all = geometryColumns(connection, database, null, null, null);
        boolean tableListed = all.stream().anyMatch(t -> t.schema().equals(schema) && t.table().equals(table));
        String what = tableListed ? "no geometry column \"" + column + "\"; its geometry columns are "
                + all.stream().filter(t -> t.schema().equals(schema) && t.table().equals(table))
                        .map(TableInfo::geometryColumn).toList()
                : "no such table with a geometry column (or no permission to read it)";
        if (tableListed) {
            return what;
        }
        List<String> names = all.stream().map(TableInfo::qualifiedName).distinct().toList();
        String listed = names.isEmpty() ? "there are none"
                : "they are " + String.join(", ", names.subList(0, Math.min(names.size(), LISTED_IN_MESSAGES)))
                        + (names.size() > LISTED_IN_MESSAGES ? " and " + (names.size() - LISTED_IN_MESSAGES) + " more" : "");
        return what + "; " + listed;
    }

    private static List<Column> attributeColumns(Connection connection, TableInfo info) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.attname, t.typname FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_type t ON t.oid = a.atttypid"
                + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            query.setString(1, info.schema());
            query.setString(2, info.table());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    String type = rows.getString(2);
                    if (!name.equals(info.geometryColumn()) && !LEFT_OUT_TYPES.contains(type)) {
                        columns.add(new Column(name, type));
                    }
                }
            }
        }
        return columns;
    }

    /** The single-column primary key, or null (none, a composite key, or a view). */
    private static String primaryKey(Connection connection, TableInfo info) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.attname FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)"
                + " WHERE n.nspname = ? AND c.relname = ? AND i.indisprimary")) {
            query.setString(1, info.schema());
            query.setString(2, info.table());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** The table's size on disk (0 for a view), for the heap check before reading. */
    private static long tableBytes(Connection connection, TableInfo info) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_table_size(c.oid) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?")) {
            query.setString(1, info.schema());
            query.setString(2, info.table());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** @param scale the declared scale of a numeric column (0 when none is declared) */
    private static Object value(ResultSet rows, int index, int sqlType, String typeName, int scale)
            throws SQLException {
        String text = rows.getString(index);
        if (text == null) {
            return null;
        }
        try {
            switch (sqlType) {
                case Types.BIT, Types.BOOLEAN:
                    return rows.getBoolean(index);
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT:
                    return rows.getLong(index);
                case Types.REAL, Types.FLOAT, Types.DOUBLE:
                    return rows.getDouble(index);
                case Types.NUMERIC, Types.DECIMAL:
                    // numeric(p, s > 0) is always Double; whole values of numeric and numeric(p) are Long.
                    BigDecimal number = rows.getBigDecimal(index);
                    return scale > 0 ? (Object) number.doubleValue() : number(number);
                case Types.DATE:
                    return text.contains("infinity") ? text : rows.getObject(index, LocalDate.class).toString();
                case Types.TIME:
                    return typeName.equals("timetz") ? text : rows.getObject(index, LocalTime.class).toString();
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
                    if (text.contains("infinity")) {
                        return text;
                    }
                    return typeName.equals("timestamptz") ? rows.getObject(index, OffsetDateTime.class).toString()
                            : rows.getObject(index, LocalDateTime.class).toString();
                default:
                    return text;
            }
        } catch (SQLException | RuntimeException e) {
            // NaN numerics, out-of-range values: their text is still the value.
            return text;
        }
    }

    private static Object number(BigDecimal value) {
        try {
            return value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValueExact() : (Object) value.doubleValue();
        } catch (ArithmeticException e) {
            return value.doubleValue();
        }
    }

    /** An InputProblem naming the database and place, with a one-line cause without the password. */
    private InputProblem problem(PostgisConnection database, String place, String doing, SQLException e) {
        return new InputProblem(database.display(), place, doing + ": " + scrub(cause(database, e), database), e);
    }

    private String cause(PostgisConnection database, SQLException e) {
        String hostPort = database.host() + ":" + database.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is PostgreSQL running on " + hostPort + " and accepting TCP/IP connections?)";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + database.host();
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host " + database.host();
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer from " + hostPort + " within " + timeout.toSeconds() + " s";
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case "28P01":
                return "password authentication failed for user " + database.user();
            case "3D000":
                return "database " + database.database() + " does not exist on " + hostPort;
            case "57014":
                return "the query was cancelled (timeout)";
            default:
                break;
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Connection attempt timed out")) {
            return "no answer from " + hostPort + " within " + timeout.toSeconds() + " s";
        }
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server.getMessage() != null) {
                return server.getMessage();
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).replaceFirst("^(ERROR|FATAL): ", "");
    }

    /** The message without the password, should a server or driver ever echo it. */
    private static String scrub(String message, PostgisConnection database) {
        String password = database.password();
        String line = message.lines().findFirst().orElse("").strip();
        return password == null || password.isEmpty() ? line : line.replace(password, "***");
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing after a failed open: the open's error is the one worth reporting.
            }
        }
    }

    /** An identifier quoted as quote_ident quotes one that needs it: in double quotes, inner quotes doubled. */
    static String quoted(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
