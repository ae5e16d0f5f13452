package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.yangquan.atlas.io.PostgisReader.TableInfo;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.testing.PostgisServer;
import cn.yangquan.atlas.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads PostGIS tables from a real server (see {@link PostgisServer}). The tables are made here with plain SQL, in a
 * schema dropped and made anew on each run: five of the prepared townships stored in EPSG:4490 and in EPSG:4547, rows
 * with NULL, empty and invalid geometries and every attribute type, a table with a hostile name, a column without
 * SRID and one with an SRID the projection library cannot know.
 */
class PostgisReaderTest {
    @RegisterExtension
    static final PostgisServer SERVER = new PostgisServer();

    static final String SCHEMA = "yq_reader_test";
    /** 义井镇, 荫营镇, 河底镇, 平坦镇, 西南舁乡: features 2..6 of the prepared townships. */
    static final int FIRST_TOWNSHIP = 2;
    static final int TOWNSHIPS = 5;
    static final String HOSTILE_TABLE = "乡镇 \"界\"; DROP TABLE x; --";
    static final String HOSTILE_COLUMN = "g\"eom";
    static final int BOGUS_SRID = 990_001;

    final PostgisReader reader = new PostgisReader();

    @TempDir
    Path temp;

    private static boolean loaded;

    /** Once per run; in a BeforeEach so that without a server each test is reported skipped with the reason. */
    @BeforeEach
    void loadTablesOnce() throws Exception {
        synchronized (PostgisReaderTest.class) {
            if (!loaded) {
                loadTables();
                loaded = true;
            }
        }
    }

    private static void loadTables() throws Exception {
        JsonNode townships = new ObjectMapper().readTree(TestData.BOUNDARIES.resolve("townships.geojson").toFile())
                .get("features");
        try (Connection jdbc = SERVER.open(); Statement sql = jdbc.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
            sql.execute("SET search_path = " + SCHEMA + ", public");
            sql.execute("CREATE TABLE townships_4490 (id serial PRIMARY KEY, code text, name text, county text,"
                    + " approximate boolean, geom geometry(MultiPolygon, 4490))");
            sql.execute("CREATE TABLE townships_4547 (code bigint PRIMARY KEY, name text, geom geometry(Geometry, 4547))");
            try (PreparedStatement in4490 = jdbc.prepareStatement("INSERT INTO townships_4490 (code, name, county,"
                    + " approximate, geom) VALUES (?, ?, ?, ?,"
                    + " ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), 4490)))");
                 PreparedStatement in4547 = jdbc.prepareStatement("INSERT INTO townships_4547 (code, name, geom)"
                         + " VALUES (?, ?, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), 4547))")) {
                for (int i = FIRST_TOWNSHIP; i < FIRST_TOWNSHIP + TOWNSHIPS; i++) {
                    JsonNode properties = townships.get(i).get("properties");
                    String geometry = townships.get(i).get("geometry").toString();
                    in4490.setString(1, properties.get("code").asText());
                    in4490.setString(2, properties.get("name").asText());
                    in4490.setString(3, properties.get("county").asText());
                    in4490.setBoolean(4, properties.get("approximate").asBoolean());
                    in4490.setString(5, geometry);
                    in4490.executeUpdate();
                    in4547.setLong(1, Long.parseLong(properties.get("code").asText()));
                    in4547.setString(2, properties.get("name").asText());
                    in4547.setString(3, geometry);
                    in4547.executeUpdate();
                }
            }
            sql.execute("""
                    CREATE TABLE odd_rows (id integer PRIMARY KEY, label text, n_int integer, n_big bigint,
                      n_num numeric(10, 2), n_whole numeric, n_round numeric(10, 2), n_real double precision,
                      flag boolean, day date, at timestamp, at_tz timestamptz, tags text[], raw bytea, geom geometry(Geometry, 4490))""");
            sql.execute("""
                    INSERT INTO odd_rows VALUES
                      (1, '荫营镇政府', 42, 9000000000, 12.50, 7, 3.00, 0.25, true, '2021-03-01',
                       '2021-03-01 08:30:00', '2021-03-01 08:30:00+08', '{a,b}', '\\x00ff', ST_GeomFromText('POINT(113.58 37.93)', 4490)),
                      (2, '没有几何', null, null, null, null, null, null, null, null, null, null, null, null, null),
                      (3, '自交多边形', null, null, null, null, null, null, false, null, null, null, null, null,
                       ST_GeomFromText('POLYGON((113.5 37.8, 113.6 37.9, 113.6 37.8, 113.5 37.9, 113.5 37.8))', 4490)),
                      (4, '空几何', null, null, null, null, null, null, null, null, null, null, null, null,
                       ST_GeomFromText('POLYGON EMPTY', 4490))""");
            sql.execute("CREATE TABLE " + PostgisReader.quoted(HOSTILE_TABLE) + " (" + PostgisReader.quoted(HOSTILE_COLUMN)
                    + " geometry(Point, 4326), \"名称\" text)");
            sql.execute("INSERT INTO " + PostgisReader.quoted(HOSTILE_TABLE)
                    + " VALUES (ST_GeomFromText('POINT(113.58 37.86)', 4326), '阳泉'), (NULL, '无')");
            sql.execute("CREATE TABLE no_srid (name text, geom geometry)");
            sql.execute("INSERT INTO no_srid VALUES ('a', ST_GeomFromText('POINT(113.58 37.86)'))");
            sql.execute("DELETE FROM spatial_ref_sys WHERE srid = " + BOGUS_SRID);
            sql.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES ("
                    + BOGUS_SRID + ", 'YQ', 1, 'LOCAL_CS[\"yq bogus local grid\",LOCAL_DATUM[\"none\",0],"
                    + "UNIT[\"metre\",1]]', '')");
            sql.execute("CREATE TABLE bogus_srid (id integer PRIMARY KEY, geom geometry(Point, " + BOGUS_SRID + "))");
            sql.execute("INSERT INTO bogus_srid VALUES (1, ST_SetSRID(ST_MakePoint(1000, 2000), " + BOGUS_SRID + "))");
            try (ResultSet role = sql.executeQuery(
                    "SELECT 1 FROM pg_roles WHERE rolname = '" + PostgisServer.PASSWORD_ROLE + "'")) {
                if (role.next()) {
                    sql.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + PostgisServer.PASSWORD_ROLE);
                    sql.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + SCHEMA + " TO " + PostgisServer.PASSWORD_ROLE);
                }
            }
        }
    }

    private PostgisConnection database() {
        return SERVER.connection();
    }

    private static Map<String, Feature> byCode(List<Feature> features) {
        return features.stream().collect(Collectors.toMap(f -> f.text("code"), f -> f));
    }

    @Test
    void listsTheTablesWithGeometryColumnsWithTheirTypesAndSrids() throws Exception {
        List<TableInfo> tables = reader.tables(database()).stream().filter(t -> t.schema().equals(SCHEMA)).toList();
        assertThat(tables).contains(
                new TableInfo(SCHEMA, "townships_4490", "geom", 4490, "MULTIPOLYGON", 2),
                new TableInfo(SCHEMA, "townships_4547", "geom", 4547, "GEOMETRY", 2),
                new TableInfo(SCHEMA, "odd_rows", "geom", 4490, "GEOMETRY", 2),
                new TableInfo(SCHEMA, HOSTILE_TABLE, HOSTILE_COLUMN, 4326, "POINT", 2),
                new TableInfo(SCHEMA, "no_srid", "geom", 0, "GEOMETRY", 2),
                new TableInfo(SCHEMA, "bogus_srid", "geom", BOGUS_SRID, "POINT", 2));
        assertThat(tables).hasSize(6);
    }

    @Test
    void townshipsStoredInCgcs2000RoundTripToTheGeoJsonPositions() throws Exception {
        assertRoundTrip(reader.read(database(), SCHEMA, "townships_4490", "geom"), "EPSG:4490");
    }

    @Test
    void townshipsStoredInGaussKrugerRoundTripToTheGeoJsonPositions() throws Exception {
        assertRoundTrip(reader.read(database(), SCHEMA, "townships_4547", "geom"), "EPSG:4547");
    }

    private void assertRoundTrip(ReadResult result, String crs) throws Exception {
        List<Feature> original = new GeoJsonReader().read(TestData.BOUNDARIES.resolve("townships.geojson"))
                .features().features().subList(FIRST_TOWNSHIP, FIRST_TOWNSHIP + TOWNSHIPS);
        assertThat(result.sourceCrs()).isEqualTo(crs);
        assertThat(result.problems()).isEmpty();
        assertThat(result.features().size()).isEqualTo(TOWNSHIPS);
        Map<String, Feature> read = byCode(result.features().features());
        assertThat(read.values()).extracting(f -> f.text("name"))
                .containsExactlyInAnyOrder("义井镇", "荫营镇", "河底镇", "平坦镇", "西南舁乡");
        for (Feature expected : original) {
            Feature actual = read.get(expected.text("code"));
            assertThat(actual).as(expected.text("name")).isNotNull();
            assertThat(actual.text("name")).isEqualTo(expected.text("name"));
            Geometry a = actual.geometry();
            Geometry e = expected.geometry();
            assertThat(a.getNumPoints()).as(expected.text("name")).isEqualTo(e.getNumPoints());
            assertThat(DiscreteHausdorffDistance.distance(a, e)).as(expected.text("name")).isLessThan(0.5);
            var ac = a.getCoordinates();
            var ec = e.getCoordinates();
            for (int i = 0; i < ac.length; i++) {
                assertThat(ac[i].distance(ec[i])).as(expected.text("name") + " vertex " + i).isLessThan(0.5);
            }
        }
        // Identified by primary key: id (serial) in the 4490 table, the code (bigint) in the 4547 table.
        assertThat(result.features().features()).extracting(Feature::id)
                .allMatch(id -> id.matches(result.features().name() + ":\\d+"));
    }

    @Test
    void theCgcs2000TableKeepsItsAttributesAndIdsAndIsInTheMapCrs() throws Exception {
        ReadResult result = reader.read(database(), SCHEMA, "townships_4490", "geom");
        Feature xinanyi = result.features().find("code", "140311200").orElseThrow();
        assertThat(xinanyi.text("name")).isEqualTo("西南舁乡");
        assertThat(xinanyi.text("county")).isEqualTo("郊区");
        assertThat(xinanyi.attributes().get("approximate")).isEqualTo(true);
        assertThat(xinanyi.id()).isEqualTo("townships_4490:5");
        assertThat(xinanyi.attributes().get("id")).isEqualTo(5L);
        var bounds = result.features().bounds();
        assertThat(bounds.getMinX()).isBetween(380_000.0, 500_000.0);
        assertThat(bounds.getMinY()).isBetween(4_100_000.0, 4_300_000.0);
    }

    @Test
    void nullEmptyAndInvalidGeometriesAreReportedByPrimaryKeyAndTheAttributesConverted() throws Exception {
        ReadResult result = reader.read(database(), SCHEMA, "odd_rows", "geom");
        assertThat(result.features().features()).extracting(Feature::id).containsExactly("odd_rows:1", "odd_rows:3");
        assertThat(result.repaired()).isEqualTo(1);
        String table = "table " + SCHEMA + ".odd_rows";
        assertThat(result.problems()).containsExactly(
                database().display() + ", " + table + ", id 2: no geometry (NULL; skipped)",
                database().display() + ", " + table + ", id 3: invalid geometry repaired",
                database().display() + ", " + table + ", id 4: empty geometry (skipped)");
        assertThat(result.features().features().get(1).geometry().isValid()).isTrue();

        Map<String, Object> attributes = result.features().features().get(0).attributes();
        assertThat(attributes).containsEntry("id", 1L).containsEntry("label", "荫营镇政府")
                .containsEntry("n_int", 42L).containsEntry("n_big", 9_000_000_000L).containsEntry("n_num", 12.5)
                .containsEntry("n_whole", 7L).containsEntry("n_round", 3.0).containsEntry("n_real", 0.25)
                .containsEntry("flag", true)
                .containsEntry("day", "2021-03-01").containsEntry("at", "2021-03-01T08:30")
                .containsEntry("tags", "{a,b}").doesNotContainKeys("raw", "geom");
        assertThat(OffsetDateTime.parse((String) attributes.get("at_tz")).toInstant())
                .isEqualTo(Instant.parse("2021-03-01T00:30:00Z"));
        assertThat(result.features().features().get(1).attributes()).containsEntry("flag", false)
                .doesNotContainKey("n_int");
    }

    @Test
    void aHostileTableNameIsQuotedNotExecuted() throws Exception {
        ReadResult result = reader.read(database(), SCHEMA, HOSTILE_TABLE, HOSTILE_COLUMN);
        assertThat(result.features().size()).isEqualTo(1);
        Feature feature = result.features().features().get(0);
        assertThat(feature.text("名称")).isEqualTo("阳泉");
        assertThat(feature.id()).isEqualTo(HOSTILE_TABLE + ":1");
        // Without a primary key, rows are named by number.
        assertThat(result.problems()).containsExactly(database().display() + ", table " + SCHEMA + "." + HOSTILE_TABLE
                + ", row 2: no geometry (NULL; skipped)");
        assertThat(reader.tables(database())).extracting(TableInfo::table).contains("odd_rows");
    }

    @Test
    void aColumnWithoutSridIsTakenAsLonLatWithAWarning() throws Exception {
        ReadResult result = reader.read(database(), SCHEMA, "no_srid", null);
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(result.features().size()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString()
                .contains(SCHEMA + ".no_srid", "column geom has no SRID", "assumed WGS84");
        assertThat(result.features().bounds().getMinX()).isBetween(380_000.0, 500_000.0);
    }

    @Test
    void anSridTheProjectionLibraryCannotKnowIsAnInputProblem() {
        InputProblem problem = catchThrowableOfType(InputProblem.class,
                () -> reader.read(database(), SCHEMA, "bogus_srid", "geom"));
        assertThat(problem.file()).isEqualTo(database().display());
        assertThat(problem.getMessage()).contains(SCHEMA + ".bogus_srid", "unknown SRID " + BOGUS_SRID, "LOCAL_CS")
                .doesNotContain("\n");
    }

    @Test
    void aMissingTableIsAnInputProblemListingTheTablesThereAre() {
        assertThatThrownBy(() -> reader.read(database(), SCHEMA, "no_such_table", "geom"))
                .isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(database().display() + ", table " + SCHEMA + ".no_such_table: no such table")
                .hasMessageContaining(SCHEMA + ".townships_4490");
        assertThatThrownBy(() -> reader.read(database(), SCHEMA, "townships_4490", "shape"))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("no geometry column \"shape\"; its geometry columns are [geom]");
    }

    @Test
    void anUnreachableServerIsAnInputProblemNamingHostAndPortWithoutThePassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostgisConnection unreachable = new PostgisConnection("localhost", closedPort, "yq_test", "planner",
                "s3cret-Passw0rd", false);
        long start = System.nanoTime();
        InputProblem problem = catchThrowableOfType(InputProblem.class, () -> reader.tables(unreachable));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(15);
        assertThat(problem.getMessage())
                .isEqualTo("postgresql://localhost:" + closedPort + "/yq_test: cannot connect: connection refused"
                        + " (is PostgreSQL running on localhost:" + closedPort + " and accepting TCP/IP connections?)")
                .doesNotContain("s3cret");
        assertThatThrownBy(() -> reader.read(unreachable, "public", "t", "geom"))
                .isInstanceOf(InputProblem.class).hasMessageContaining("localhost:" + closedPort)
                .hasMessageNotContaining("s3cret");
        assertThat(unreachable.toString()).doesNotContain("s3cret");
        assertThat(unreachable.jdbcUrl()).doesNotContain("s3cret");
    }

    @Test
    void aMissingDatabaseIsAnInputProblemNamingIt() {
        PostgisConnection server = database();
        PostgisConnection missing = new PostgisConnection(server.host(), server.port(), "yq_no_such_db",
                server.user(), server.password(), server.ssl());
        assertThatThrownBy(() -> reader.tables(missing)).isInstanceOf(InputProblem.class)
                .hasMessage(missing.display() + ": cannot connect: database yq_no_such_db does not exist on "
                        + server.host() + ":" + server.port());
    }

    @Test
    void sslRequiredOfAServerWithoutSslIsAnInputProblem() {
        Assumptions.assumeTrue(SERVER.isScriptCluster(), "needs the test cluster of .ci/start-postgis.sh, without SSL");
        PostgisConnection server = database();
        PostgisConnection ssl = new PostgisConnection(server.host(), server.port(), server.database(), server.user(),
                server.password(), true);
        assertThatThrownBy(() -> reader.tables(ssl)).isInstanceOf(InputProblem.class)
                .hasMessage(ssl.display() + ": cannot connect: The server does not support SSL.");
    }

    @Test
    void aWrongPasswordIsAnInputProblemThatDoesNotShowIt() throws Exception {
        Assumptions.assumeTrue(SERVER.isScriptCluster(),
                "needs the test cluster of .ci/start-postgis.sh, whose role yq_password must send a password");
        PostgisConnection server = database();
        PostgisConnection wrong = new PostgisConnection(server.host(), server.port(), server.database(),
                PostgisServer.PASSWORD_ROLE, "not-the-Passw0rd", false);
        assertThatThrownBy(() -> reader.tables(wrong)).isInstanceOf(InputProblem.class)
                .hasMessage(wrong.display() + ": cannot connect: password authentication failed for user "
                        + PostgisServer.PASSWORD_ROLE)
                .hasMessageNotContaining("not-the-Passw0rd");
        assertThatThrownBy(() -> reader.tables(wrong.withoutPassword())).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(wrong.display() + ": cannot connect: ")
                .hasMessageContaining("no password was provided");
        // With the right password, a role that may only read sees and reads the tables.
        PostgisConnection right = wrong.withPassword("yq-test-password");
        assertThat(reader.tables(right)).extracting(TableInfo::table).contains("townships_4490");
        assertThat(reader.read(right, SCHEMA, "townships_4490", "geom").features().size()).isEqualTo(TOWNSHIPS);
    }

    @Test
    void theJdbcUrlAndDisplayNameNoCredentials() {
        PostgisConnection connection = new PostgisConnection("db.example", 5433, "规划 库", "planner", "pw", true);
        assertThat(connection.jdbcUrl()).isEqualTo(
                "jdbc:postgresql://db.example:5433/%E8%A7%84%E5%88%92+%E5%BA%93?sslmode=require&ApplicationName=yq-atlas");
        assertThat(connection.display()).isEqualTo("postgresql://db.example:5433/规划 库");
        assertThat(PostgisConnection.fromJdbcUrl("jdbc:postgresql://[::1]/yq?sslmode=require", "u", null))
                .isEqualTo(new PostgisConnection("::1", 5432, "yq", "u", null, true));
        assertThat(new PostgisConnection("::1", 5439, "yq", "u").jdbcUrl()).startsWith("jdbc:postgresql://[::1]:5439/yq?");
    }

    @Test
    void settingsAreSavedWithoutThePasswordUnlessAsked() throws Exception {
        Path file = temp.resolve("settings").resolve("postgis.json");
        PostgisSettingsStore store = new PostgisSettingsStore(file);
        assertThat(store.load()).isEmpty();
        PostgisConnection first = new PostgisConnection("localhost", 5439, "yq_test", "planner", "s3cret-Passw0rd",
                false);
        PostgisConnection second = new PostgisConnection("gis.yq", 5432, "规划", "读者", "other-secret", true);

        store.save(List.of(first, second), false);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).doesNotContain("s3cret").doesNotContain("other-secret").doesNotContain("password");
        assertThat(store.load()).containsExactly(first.withoutPassword(), second.withoutPassword());

        store.save(first, true);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("s3cret-Passw0rd");
        assertThat(store.load()).containsExactly(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // Saving without the password again leaves no copy of it behind, not even in the backup.
        store.save(first, false);
        assertThat(store.load()).containsExactly(first.withoutPassword());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("s3cret");
        Path backup = AtomicFiles.backupOf(file);
        assertThat(!Files.exists(backup) || !Files.readString(backup).contains("s3cret")).isTrue();
    }

    @Test
    void brokenSettingsAreAnInputProblemNamingTheFile() throws Exception {
        Path file = temp.resolve("postgis.json");
        Files.writeString(file, "{\"connections\": [{\"host\": \"h\", \"port\": 5432, \"database\": \"\", \"user\": \"u\"}]}");
        assertThatThrownBy(() -> new PostgisSettingsStore(file).load()).isInstanceOf(InputProblem.class)
                .hasMessage(file + ", $.connections[0]: database is required");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> new PostgisSettingsStore(file).load()).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(file + ": cannot read PostGIS connection settings: ");
    }
}
