package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.GeoPackageRows.Column;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * Reads the vector feature tables of an OGC GeoPackage (SQLite, opened read-only) into features in the map CRS.
 * <p>
 * The CRS comes from {@code gpkg_geometry_columns.srs_id}: an EPSG organization code proj4j knows, else the
 * definition WKT through {@link CrsResolver}; an undefined SRS (0, -1) is taken as WGS84 when the coordinates are
 * longitude/latitude, with a warning. Geometry blobs are decoded by {@link GeoPackageGeometry}, straight into packed
 * coordinates for points, lines, polygons and their Multi* forms; curves (CircularString, CompoundCurve, CurvePolygon,
 * MultiCurve, MultiSurface) are linearised by {@link CurveWkb} and counted in one note per table. Rows are fetched on
 * the calling thread and decoded and checked on both cores meanwhile ({@link GeoPackageRows}). A row with a missing,
 * empty or corrupt blob is skipped and reported with its table and fid. Geometries then go through
 * {@link FeaturePipeline}. Other columns become attributes in column order: INTEGER as Long, REAL as Double, BOOLEAN
 * as Boolean, TEXT, DATE and DATETIME as text; BLOB columns are left out. Feature ids are {@code "<table>:<fid>"}.
 * Every feature table is a layer ({@link #layers}); an empty one reads as an empty layer with a problem saying so.
 * <p>
 * A file that is not an SQLite database with the GeoPackage tables, or a table that is not a feature table, is an
 * InputProblem. Stateless and thread-safe: each call opens and closes its own connection.
 */
public final class GeoPackageReader implements LayerReader {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_TABLES =
            List.of("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys");

    @Override
    public String format() {
        return "GeoPackage";
    }

    @Override
    public List<String> extensions() {
        return List.of("gpkg");
    }

    /** The feature tables listed in {@code gpkg_contents}, in the order they were registered. */
    @Override
    public List<String> layers(Path file) throws InputProblem {
        return tables(file);
    }

    /** The feature tables listed in {@code gpkg_contents}, in the order they were registered. */
    public List<String> tables(Path file) throws InputProblem {
        try (Connection connection = open(file)) {
            return featureTables(connection);
        } catch (SQLException e) {
            throw new InputProblem(file.toString(), "gpkg_contents", "SQLite: " + e.getMessage(), e);
        }
    }

    /** Reads the first feature table. */
    public ReadResult read(Path file) throws InputProblem {
        return read(file, null);
    }

    /** Reads the named feature table, or the first one when {@code table} is null. */
    public ReadResult read(Path file, String table) throws InputProblem {
        return read(file, table, ReadOptions.defaults("en"));
    }

    @Override
    public ReadResult read(Path file, String table, ReadOptions options) throws InputProblem {
        String name = file.toString();
        String place = table == null ? "gpkg_contents" : "table " + table;
        try (Connection connection = open(file)) {
            List<String> tables = featureTables(connection);
            if (table == null) {
                if (tables.isEmpty()) {
                    throw new InputProblem(name, place, "no feature tables");
                }
                table = tables.get(0);
                place = "table " + table;
            } else if (!tables.contains(table)) {
                throw new InputProblem(name, place, "no such feature table; the feature tables are " + tables);
            }
            return readTable(connection, file, table, options.messages());
        } catch (SQLException e) {
            throw new InputProblem(name, place, "SQLite: " + e.getMessage(), e);
        }
    }

    private static ReadResult readTable(Connection connection, Path file, String table, Messages messages)
            throws SQLException, InputProblem {
        String name = file.toString();
        String place = "table " + table;
        String geometryColumn;
        int srsId;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new InputProblem(name, place, "no geometry column in gpkg_geometry_columns");
                }
                geometryColumn = row.getString(1);
                srsId = row.getInt(2);
            }
        }
        List<String> problems = new ArrayList<>();
        String declaredCrs = declaredCrs(connection, name, srsId);
        List<Column> columns = columns(connection, table);
        if (columns.isEmpty()) {
            throw new InputProblem(name, place, "listed in gpkg_contents, but the database has no such table");
        }
        if (columns.stream().noneMatch(c -> c.name().equalsIgnoreCase(geometryColumn))) {
            throw new InputProblem(name, place, "geometry column " + geometryColumn + " is not in the table");
        }

        List<String> fields = columns.stream().filter(c -> !c.primaryKey())
                .filter(c -> !c.name().equalsIgnoreCase(geometryColumn)).map(Column::name).toList();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(quoted(columns.get(i).name()));
        }
        select.append(" FROM ").append(quoted(table));
        GeoPackageRows.Result rows;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(select.toString())) {
            rows = new GeoPackageRows(name, table, columns, geometryColumn, messages).read(result);
        }
        problems.addAll(rows.problems());
        problems.addAll(rows.tally().summary(FeaturePipeline.place(name, table, messages), messages));
        return FeaturePipeline.finish(new FeaturePipeline.Parsed(name, table, table, rows.features(), fields,
                declaredCrs, "srs_id " + srsId + " is undefined", problems, rows.repaired()), messages);
    }

    /** The EPSG name of the SRS, or null when the GeoPackage declares it undefined. */
    private static String declaredCrs(Connection connection, String file, int srsId) throws SQLException, InputProblem {
        String place = "gpkg_spatial_ref_sys srs_id " + srsId;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            query.setInt(1, srsId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new InputProblem(file, place, "the geometry column's SRS is not defined");
                }
                String organization = row.getString(1);
                int code = row.getInt(2);
                String definition = row.getString(3);
                if ("EPSG".equalsIgnoreCase(organization) && CrsResolver.isKnown(code)) {
                    return "EPSG:" + code;
                }
                if (definition == null || definition.isBlank() || definition.strip().equalsIgnoreCase("undefined")) {
                    return null;
                }
                return CrsResolver.resolve(definition, file, place);
            }
        }
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quoted(table) + ")")) {
            while (rows.next()) {
                String type = rows.getString("type");
                columns.add(new Column(rows.getString("name"), type == null ? "" : type.toUpperCase(Locale.ROOT),
                        rows.getInt("pk") > 0));
            }
        }
        // A composite key is no feature id; the row number is used instead.
        if (columns.stream().filter(Column::primaryKey).count() > 1) {
            columns.replaceAll(c -> new Column(c.name(), c.type(), false));
        }
        return columns;
    }

    private static List<String> featureTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Opens the file read-only after checking that it is an SQLite database holding the GeoPackage tables. */
    private static Connection open(Path file) throws InputProblem {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(name, "", "file not found");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new InputProblem(name, "", "cannot read: " + e.getMessage(), e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new InputProblem(name, "byte 0", "not a GeoPackage: the file is not an SQLite database");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            List<String> missing = new ArrayList<>(REQUIRED_TABLES);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
                while (rows.next()) {
                    missing.remove(rows.getString(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new InputProblem(name, "", "not a GeoPackage: an SQLite database without " + missing);
            }
            return connection;
        } catch (SQLException | InputProblem e) {
            closeQuietly(connection);
            if (e instanceof InputProblem problem) {
                throw problem;
            }
            throw new InputProblem(name, "", "not a readable SQLite database: " + e.getMessage(), e);
        }
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

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
