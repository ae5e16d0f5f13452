package cn.yangquan.atlas.robustness;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the binary part of the malformed-input corpus ({@code src/test/resources/corpus/shapefile/} and
 * {@code corpus/geopackage/}) and the shapefile fuzz seeds. The text cases (GeoJSON, project, styles, CSV, WKT) are
 * committed as written by hand. The output is committed; rerun only to change a case:
 * <pre>
 *   mvn -q -Dbuild.dir=/tmp/build-robust test-compile
 *   java -cp "$(cat /tmp/cp.txt):/tmp/build-robust/test-classes:/tmp/build-robust/classes" \
 *       cn.yangquan.atlas.robustness.CorpusGenerator src/test/resources
 * </pre>
 */
public final class CorpusGenerator {
    static final String STEM = "layer";
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final Charset GBK = Charset.forName("GBK");
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources");
        shapefiles(resources.resolve("corpus/shapefile"));
        geoPackages(resources.resolve("corpus/geopackage"));
        seeds(resources);
    }

    // ---------------------------------------------------------------- fuzz seeds

    /** The fuzz tests' seed directories (Jazzer: {@code <package>/<Class>Inputs/<method>/}), made from the corpus. */
    static Path seedDirectory(Path resources, String fuzzTest, String method) throws IOException {
        Path directory = resources.resolve("cn/yangquan/atlas/io/" + fuzzTest + "Inputs/" + method);
        Files.createDirectories(directory);
        try (var old = Files.list(directory)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        return directory;
    }

    private static void copyAll(Path from, Path to, String prefix, byte[] head) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                byte[] seed = new byte[head.length + content.length];
                System.arraycopy(head, 0, seed, 0, head.length);
                System.arraycopy(content, 0, seed, head.length, content.length);
                Files.write(to.resolve(prefix + file.getFileName()), seed);
            }
        }
    }

    private static byte[] readIfExists(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    static void seeds(Path resources) throws Exception {
        Path corpus = resources.resolve("corpus");
        Path geojson = seedDirectory(resources, "GeoJsonFuzzTest", "fuzz");
        copyAll(corpus.resolve("geojson"), geojson, "", new byte[0]);
        Files.writeString(geojson.resolve("valid-mixed.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":"
                + "\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4490\"}},\"features\":[{\"type\":\"Feature\","
                + "\"id\":7,\"properties\":{\"name\":\"西南舁乡\",\"code\":140311200,\"approximate\":true,\"tags\":[1,{}]},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[113.5,37.8],[113.6,37.8],[113.6,37.9],"
                + "[113.5,37.8]],[[113.55,37.82],[113.58,37.82],[113.58,37.84],[113.55,37.82]]]]}},{\"type\":\"Feature\","
                + "\"properties\":null,\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\","
                + "\"coordinates\":[113.5,37.8,900]},{\"type\":\"MultiLineString\",\"coordinates\":[[[113.5,37.8],"
                + "[113.6,37.9]]]},{\"type\":\"MultiPoint\",\"coordinates\":[[113.5,37.8]]}]}}]}");

        Path shapefiles = seedDirectory(resources, "ShapefileFuzzTest", "fuzz");
        Path dbfs = seedDirectory(resources, "DbfFuzzTest", "fuzz");
        ShapefileCase validCase = valid();
        Path validDirectory = Files.createTempDirectory("valid-shapefile");
        validCase.write(validDirectory);
        List<Path> cases = new ArrayList<>();
        try (var files = Files.list(corpus.resolve("shapefile"))) {
            cases.addAll(files.sorted().toList());
        }
        cases.add(validDirectory);
        for (Path directory : cases) {
            String name = directory.equals(validDirectory) ? "valid" : directory.getFileName().toString();
            byte[] shp = readIfExists(directory.resolve(STEM + ".shp"));
            byte[] shx = readIfExists(directory.resolve(STEM + ".shx"));
            byte[] dbf = readIfExists(directory.resolve(STEM + ".dbf"));
            String cpg = Files.isRegularFile(directory.resolve(STEM + ".cpg"))
                    ? Files.readString(directory.resolve(STEM + ".cpg"), StandardCharsets.ISO_8859_1).strip() : "";
            int flags = (Files.isRegularFile(directory.resolve(STEM + ".prj")) ? 1 : 0)
                    | (cpg.equals("UTF-8") ? 2 : cpg.equals("GBK") ? 4 : 0) | (dbf == null ? 8 : 0);
            Files.write(shapefiles.resolve(name), packShapefile(flags,
                    shp == null ? new byte[0] : shp, shx == null ? new byte[0] : shx, dbf == null ? new byte[0] : dbf));
            if (dbf != null && (name.startsWith("dbf-") || name.equals("valid"))) {
                Files.write(dbfs.resolve(name + ".dbf"), dbf);
            }
        }

        Path geoPackages = seedDirectory(resources, "GeoPackageFuzzTest", "fuzz");
        copyAll(corpus.resolve("geopackage"), geoPackages, "", new byte[0]);
        Path blobs = seedDirectory(resources, "GeoPackageFuzzTest", "blob");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + corpus.resolve("geopackage/corrupt-blobs.gpkg"));
             Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT fid, geom FROM townships")) {
            while (rows.next()) {
                byte[] blob = rows.getBytes(2);
                if (blob != null) {
                    Files.write(blobs.resolve("corrupt-blobs-fid-" + rows.getLong(1)), blob);
                }
            }
        }
        Geometry multi = GEOMETRIES.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            (org.locationtech.jts.geom.Polygon) square(113.5, 37.8), (org.locationtech.jts.geom.Polygon) square(113.7, 37.8)});
        byte[] multiBlob = blob(multi, 4326);
        Files.write(blobs.resolve("multipolygon"), multiBlob);
        Files.write(blobs.resolve("point"), blob(GEOMETRIES.createPoint(new Coordinate(113.5, 37.8)), 4326));
        Files.write(blobs.resolve("linestring-big-endian-wkb"), bigEndian(GEOMETRIES.createLineString(
                new Coordinate[] {new Coordinate(113.5, 37.8), new Coordinate(113.6, 37.9)})));
        byte[] withEnvelope = new byte[multiBlob.length + 32];
        System.arraycopy(multiBlob, 0, withEnvelope, 0, 8);
        withEnvelope[3] = (byte) (1 | (1 << 1));
        System.arraycopy(multiBlob, 8, withEnvelope, 40, multiBlob.length - 8);
        Files.write(blobs.resolve("multipolygon-with-envelope"), withEnvelope);

        Path csv = seedDirectory(resources, "CsvFuzzTest", "fuzz");
        copyAll(corpus.resolve("csv"), csv, "", new byte[0]);
        Files.writeString(csv.resolve("valid.csv"), "\uFEFFcode,name,粮食产量\r\n140311200,西南舁乡,\"1,200\"\r\n"
                + "140321201,\"岔口\"\"乡\"\"\",300\r\n");

        Path json = seedDirectory(resources, "ProjectJsonFuzzTest", "fuzz");
        copyAll(corpus.resolve("project"), json, "project-", new byte[] {0});
        copyAll(corpus.resolve("styles"), json, "styles-", new byte[] {1});
        Files.write(json.resolve("project-valid.json"), concat(new byte[] {0}, ("{\"title\":\"t\",\"layers\":[{\"id\":"
                + "\"townships\",\"visible\":true,\"opacity\":0.5}],\"extent\":[500000,4150000,600000,4270000],"
                + "\"views\":[{\"id\":\"v\",\"title\":\"V\",\"caption\":\"c\",\"extent\":[500000,4150000,600000,4270000],"
                + "\"layers\":[{\"id\":\"zone-fruit\",\"visible\":false,\"opacity\":1}],\"selected\":\"140311200\"}]}")
                .getBytes(StandardCharsets.UTF_8)));
        Files.write(json.resolve("styles-valid.json"), concat(new byte[] {1}, Files.readAllBytes(Path.of("maps/styles.json"))));
        String[] register = {"places", "layers", "programmes", "indicators"};
        for (int i = 0; i < register.length; i++) {
            Files.write(json.resolve("register-" + register[i] + ".json"), concat(new byte[] {(byte) (2 + i)},
                    trimmed(Path.of("data", register[i] + ".json"))));
        }

        Path wkt = seedDirectory(resources, "WktFuzzTest", "fuzz");
        copyAll(corpus.resolve("wkt"), wkt, "", new byte[0]);
        try (var files = Files.list(Path.of("src/test/resources/layers"))) {
            for (Path prj : files.filter(f -> f.toString().endsWith(".prj")).sorted().toList()) {
                Files.copy(prj, wkt.resolve(prj.getFileName()));
            }
        }
    }

    /** One ShapefileFuzzTest input: {@code [flags][shp length][shp][shx length][shx][dbf]}, lengths big-endian. */
    static byte[] packShapefile(int flags, byte[] shp, byte[] shx, byte[] dbf) {
        ByteBuffer out = ByteBuffer.allocate(9 + shp.length + shx.length + dbf.length);
        return out.put((byte) flags).putInt(shp.length).put(shp).putInt(shx.length).put(shx).put(dbf).array();
    }

    private static byte[] bigEndian(Geometry geometry) {
        byte[] wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.BIG_ENDIAN).write(geometry);
        return concat(new byte[] {'G', 'P', 0, 0, 0, 0, 0x10, (byte) 0xE6}, wkb);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A register file with every array cut to its first two elements: the shape of the real file, in a few kB. */
    private static byte[] trimmed(Path file) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(file.toFile());
        trim(root);
        return mapper.writeValueAsBytes(root);
    }

    private static void trim(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            while (array.size() > 2) {
                array.remove(array.size() - 1);
            }
        }
        node.forEach(CorpusGenerator::trim);
    }

    // ---------------------------------------------------------------- shapefiles

    /** A record: shape type and parts as flat x,y arrays. */
    record Shape(int type, double[][] parts) {
    }

    /** A shapefile as bytes, before it is written: each part can be broken on its own. */
    static final class ShapefileCase {
        byte[] shp;
        byte[] shx;
        byte[] dbf;
        String prj = WGS84_PRJ;
        String cpg = "UTF-8";

        void write(Path directory) throws IOException {
            Files.createDirectories(directory);
            try (var old = Files.list(directory)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            put(directory, "shp", shp);
            put(directory, "shx", shx);
            put(directory, "dbf", dbf);
            put(directory, "prj", prj == null ? null : prj.getBytes(StandardCharsets.UTF_8));
            put(directory, "cpg", cpg == null ? null : cpg.getBytes(StandardCharsets.US_ASCII));
        }

        private static void put(Path directory, String extension, byte[] bytes) throws IOException {
            if (bytes != null) {
                Files.write(directory.resolve(STEM + "." + extension), bytes);
            }
        }
    }

    static double[] square(double x, double y, double size) {
        // Clockwise: an outer ring.
        return new double[] {x, y, x, y + size, x + size, y + size, x + size, y, x, y};
    }

    static List<Shape> twoTownships() {
        return List.of(new Shape(5, new double[][] {square(113.5, 37.8, 0.1)}),
                new Shape(5, new double[][] {square(113.7, 37.8, 0.1)}));
    }

    static List<String[]> twoRows() {
        return List.of(new String[] {"西南舁乡", "140311200"}, new String[] {"岔口乡", "140321201"});
    }

    static ShapefileCase valid() {
        return build(twoTownships(), twoRows(), StandardCharsets.UTF_8);
    }

    static ShapefileCase build(List<Shape> shapes, List<String[]> rows, Charset charset) {
        ShapefileCase c = new ShapefileCase();
        byte[][] files = shpAndShx(shapes);
        c.shp = files[0];
        c.shx = files[1];
        c.dbf = dbf(rows, charset);
        return c;
    }

    static byte[][] shpAndShx(List<Shape> shapes) {
        List<byte[]> contents = new ArrayList<>();
        for (Shape shape : shapes) {
            contents.add(content(shape));
        }
        int shpLength = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        int type = shapes.isEmpty() ? 5 : shapes.get(0).type();
        ByteBuffer shp = header(shpLength, type);
        ByteBuffer shx = header(100 + 8 * contents.size(), type);
        int offset = 100;
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(content.length / 2).put(content);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        return new byte[][] {shp.array(), shx.array()};
    }

    private static ByteBuffer header(int length, int type) {
        ByteBuffer header = ByteBuffer.allocate(length);
        header.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        header.putInt(length / 2);
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        header.putDouble(113.0).putDouble(37.0).putDouble(114.5).putDouble(38.5);
        header.position(100);
        return header;
    }

    private static byte[] content(Shape shape) {
        return cn.yangquan.atlas.io.ShapefileBytes.content(new cn.yangquan.atlas.io.ShapefileBytes.Shape(shape.type(),
                shape.parts(), 0));
    }

    /** A dBASE III table with NAME (C 20) and CODE (N 9), text in the given charset. */
    static byte[] dbf(List<String[]> rows, Charset charset) {
        int[] widths = {20, 9};
        char[] types = {'C', 'N'};
        String[] names = {"NAME", "CODE"};
        int recordLength = 1 + 20 + 9;
        int headerLength = 32 + 32 * 2 + 1;
        ByteBuffer dbf = ByteBuffer.allocate(headerLength + rows.size() * recordLength + 1).order(ByteOrder.LITTLE_ENDIAN);
        dbf.put((byte) 0x03).put((byte) 124).put((byte) 1).put((byte) 1);
        dbf.putInt(rows.size()).putShort((short) headerLength).putShort((short) recordLength);
        dbf.position(32);
        for (int f = 0; f < 2; f++) {
            byte[] name = Arrays.copyOf(names[f].getBytes(StandardCharsets.US_ASCII), 11);
            dbf.put(name).put((byte) types[f]).putInt(0).put((byte) widths[f]).put((byte) 0).put(new byte[14]);
        }
        dbf.put((byte) 0x0D);
        for (String[] row : rows) {
            dbf.put((byte) ' ');
            for (int f = 0; f < 2; f++) {
                byte[] value = row[f].getBytes(charset);
                byte[] cell = new byte[widths[f]];
                Arrays.fill(cell, (byte) ' ');
                int start = types[f] == 'C' ? 0 : widths[f] - value.length;
                System.arraycopy(value, 0, cell, start, Math.min(value.length, widths[f]));
                dbf.put(cell);
            }
        }
        dbf.put((byte) 0x1A);
        return dbf.array();
    }

    static void putInt(byte[] bytes, int at, int value, ByteOrder order) {
        ByteBuffer.wrap(bytes).order(order).putInt(at, value);
    }

    static void putDouble(byte[] bytes, int at, double value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, value);
    }

    static void putShort(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) value);
    }

    private static void shapefile(Path root, String name, Consumer<ShapefileCase> breakIt) throws IOException {
        ShapefileCase c = valid();
        breakIt.accept(c);
        c.write(root.resolve(name));
    }

    private static void shapefile(Path root, String name, ShapefileCase c) throws IOException {
        c.write(root.resolve(name));
    }

    /** Byte offsets in the valid two-polygon case: record 1 header at 100, its content at 108 (128 bytes). */
    private static final int RECORD1 = 100;
    private static final int CONTENT1 = 108;
    private static final int RECORD2 = 108 + 128;

    static void shapefiles(Path root) throws IOException {
        Files.createDirectories(root);
        shapefile(root, "record-length-past-eof", c -> putInt(c.shp, RECORD1 + 4, 50_000, ByteOrder.BIG_ENDIAN));
        shapefile(root, "record-length-past-eof-no-shx", c -> {
            putInt(c.shp, RECORD1 + 4, 50_000, ByteOrder.BIG_ENDIAN);
            c.shx = null;
        });
        shapefile(root, "record-length-negative", c -> {
            putInt(c.shp, RECORD2 + 4, 0x80000000, ByteOrder.BIG_ENDIAN);
            c.shx = null;
        });
        shapefile(root, "record-length-too-short", c -> {
            putInt(c.shp, RECORD1 + 4, 2, ByteOrder.BIG_ENDIAN);
            c.shx = null;
        });
        shapefile(root, "part-count-huge", c -> putInt(c.shp, CONTENT1 + 36, Integer.MAX_VALUE, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "part-count-negative", c -> putInt(c.shp, CONTENT1 + 36, -5, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "point-count-huge", c -> putInt(c.shp, CONTENT1 + 40, Integer.MAX_VALUE, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "point-count-negative", c -> putInt(c.shp, CONTENT1 + 40, -1, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "part-index-out-of-range", c -> putInt(c.shp, CONTENT1 + 44, 7, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "multipoint-count-lies", build(
                List.of(new Shape(8, new double[][] {{113.5, 37.8, 113.6, 37.9}})), twoRows().subList(0, 1),
                StandardCharsets.UTF_8), CONTENT1 + 36, 1_000_000_000);
        shapefile(root, "file-length-header-wrong", c -> putInt(c.shp, 24, 12, ByteOrder.BIG_ENDIAN));
        shapefile(root, "file-length-header-huge", c -> putInt(c.shp, 24, -1, ByteOrder.BIG_ENDIAN));
        shapefile(root, "version-wrong", c -> putInt(c.shp, 28, 7, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "record-number-wrong", c -> putInt(c.shp, RECORD2, 99, ByteOrder.BIG_ENDIAN));
        shapefile(root, "not-a-shapefile", c -> c.shp = "{\"type\":\"FeatureCollection\",\"features\":[]}"
                .repeat(4).getBytes(StandardCharsets.UTF_8));
        shapefile(root, "too-short", c -> c.shp = Arrays.copyOf(c.shp, 50));
        shapefile(root, "truncated-in-record", c -> c.shp = Arrays.copyOf(c.shp, RECORD2 + 60));
        shapefile(root, "shx-points-into-record", c -> {
            putInt(c.shx, 100 + 8, (RECORD2 + 12) / 2, ByteOrder.BIG_ENDIAN);
        });
        shapefile(root, "shx-first-offset-wrong", c -> putInt(c.shx, 100, 0, ByteOrder.BIG_ENDIAN));
        shapefile(root, "shx-wrong-size", c -> c.shx = Arrays.copyOf(c.shx, c.shx.length + 3));
        shapefile(root, "shx-lists-missing-records", c -> {
            byte[] more = Arrays.copyOf(c.shx, c.shx.length + 8 * 3);
            for (int i = 0; i < 3; i++) {
                putInt(more, c.shx.length + 8 * i, 10_000 + 100 * i, ByteOrder.BIG_ENDIAN);
                putInt(more, c.shx.length + 8 * i + 4, 64, ByteOrder.BIG_ENDIAN);
            }
            c.shx = more;
        });
        shapefile(root, "shx-not-an-index", c -> c.shx = Arrays.copyOf("not an index".getBytes(StandardCharsets.UTF_8), 116));
        shapefile(root, "missing-dbf", c -> c.dbf = null);
        shapefile(root, "missing-shx-and-prj", c -> {
            c.shx = null;
            c.prj = null;
        });
        shapefile(root, "dbf-header-length-too-large", c -> putShort(c.dbf, 8, 0xFFFF));
        shapefile(root, "dbf-header-length-too-small", c -> putShort(c.dbf, 8, 40));
        shapefile(root, "dbf-header-length-off-by-one", c -> putShort(c.dbf, 8, 98));
        shapefile(root, "dbf-record-length-wrong", c -> putShort(c.dbf, 10, 31));
        shapefile(root, "dbf-record-count-huge", c -> putInt(c.dbf, 4, -1, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "dbf-fewer-records", c -> putInt(c.dbf, 4, 1, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "dbf-not-dbase", c -> c.dbf[0] = 0);
        shapefile(root, "dbf-too-short", c -> c.dbf = Arrays.copyOf(c.dbf, 20));
        shapefile(root, "dbf-field-width-zero", c -> c.dbf[32 + 16] = 0);
        shapefile(root, "dbf-no-terminator", c -> {
            c.dbf[32 + 64] = 'X';
        });
        shapefile(root, "dbf-deletion-flag-garbage", c -> c.dbf[97 + 30] = 'X');
        shapefile(root, "dbf-bad-values", c -> {
            byte[] bad = "abc!!".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(bad, 0, c.dbf, 97 + 1 + 20, bad.length);
        });
        shapefile(root, "dbf-unsupported-field-type", c -> c.dbf[32 + 11] = 'M');
        shapefile(root, "dbf-gbk-without-cpg", c -> {
            c.dbf = dbf(twoRows(), GBK);
            c.cpg = null;
        });
        shapefile(root, "dbf-utf8-declared-gbk", c -> c.cpg = "GBK");
        shapefile(root, "dbf-gbk-declared-utf8", c -> c.dbf = dbf(twoRows(), GBK));
        shapefile(root, "dbf-cpg-unknown", c -> c.cpg = "klingon-8");
        shapefile(root, "dbf-cpg-binary", c -> c.cpg = "\u0000\u0001\u00ff");
        shapefile(root, "prj-garbage", c -> c.prj = "this is not a CRS");
        shapefile(root, "prj-unknown-crs", c -> c.prj = "GEOGCS[\"Mars 2000\",DATUM[\"D_Mars_2000\","
                + "SPHEROID[\"Mars_2000_IAU_IAG\",3396190.0,169.8944472]],PRIMEM[\"Reference_Meridian\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]]");
        shapefile(root, "prj-deep-nesting", c -> c.prj = "GEOGCS[".repeat(50) + "\"x\"" + "]".repeat(50));
        shapefile(root, "unsupported-shape-type", c -> putInt(c.shp, CONTENT1, 31, ByteOrder.LITTLE_ENDIAN));
        shapefile(root, "nan-coordinates", c -> putDouble(c.shp, CONTENT1 + 48 + 16, Double.NaN));
        shapefile(root, "rings-unclosed-and-short", build(List.of(
                new Shape(5, new double[][] {{113.5, 37.8, 113.5, 37.9, 113.6, 37.9, 113.6, 37.8}}),
                new Shape(5, new double[][] {{113.5, 37.8, 113.6, 37.9}})), twoRows(), StandardCharsets.UTF_8));
        shapefile(root, "self-intersecting", build(List.of(
                new Shape(5, new double[][] {{113.5, 37.8, 113.6, 37.9, 113.6, 37.8, 113.5, 37.9, 113.5, 37.8}}),
                new Shape(5, new double[][] {square(113.7, 37.8, 0.1), square(114.0, 38.0, 0.05)})),
                twoRows(), StandardCharsets.UTF_8));
        shapefile(root, "line-with-one-point", build(List.of(
                new Shape(3, new double[][] {{113.5, 37.8}}), new Shape(3, new double[][] {{113.5, 37.8, 113.6, 37.9}})),
                twoRows(), StandardCharsets.UTF_8));
        shapefile(root, "polygon-of-one-repeated-point", build(List.of(
                new Shape(5, new double[][] {{113.5, 37.8, 113.5, 37.8, 113.5, 37.8, 113.5, 37.8}}),
                new Shape(5, new double[][] {square(113.7, 37.8, 0.1)})), twoRows(), StandardCharsets.UTF_8));
        shapefile(root, "null-shapes-only", build(List.of(new Shape(0, new double[0][]), new Shape(0, new double[0][])),
                twoRows(), StandardCharsets.UTF_8));
        ShapefileCase projected = build(List.of(new Shape(5, new double[][] {square(500_000, 4_200_000, 1000)})),
                twoRows().subList(0, 1), StandardCharsets.UTF_8);
        projected.prj = null;
        shapefile(root, "projected-without-prj", projected);
        ShapefileCase empty = build(List.of(), List.of(), StandardCharsets.UTF_8);
        shapefile(root, "no-records", empty);
    }

    private static void shapefile(Path root, String name, ShapefileCase c, int shpOffset, int value) throws IOException {
        putInt(c.shp, shpOffset, value, ByteOrder.LITTLE_ENDIAN);
        c.write(root.resolve(name));
    }

    // ---------------------------------------------------------------- GeoPackages

    static byte[] blob(Geometry geometry, int srsId) {
        byte[] wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        ByteBuffer blob = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(srsId).put(wkb);
        return blob.array();
    }

    static Geometry square(double x, double y) {
        double s = 0.1;
        return GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + s, y),
            new Coordinate(x + s, y + s), new Coordinate(x, y + s), new Coordinate(x, y)});
    }

    /** A minimal GeoPackage: the three required tables, WGS84 defined, and one feature table {@code townships}. */
    static void createGeoPackage(Path file, int srsId) throws Exception {
        Files.deleteIfExists(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA page_size = 512");
            sql.execute("PRAGMA application_id = 1196444487");
            sql.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            sql.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, '" + WGS84_PRJ
                    .replace("'", "''") + "', NULL), ('undefined', 0, 'NONE', 0, 'undefined', NULL)");
            sql.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE,"
                    + " min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL)");
            sql.execute("CREATE TABLE townships (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY,"
                    + " name TEXT, code INTEGER, area REAL, approximate BOOLEAN)");
            sql.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES"
                    + " ('townships', 'features', 'townships', " + srsId + ")");
            sql.execute("INSERT INTO gpkg_geometry_columns VALUES ('townships', 'geom', 'POLYGON', " + srsId + ", 0, 0)");
        }
    }

    static void insert(Path file, byte[] blob, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO townships (geom, name, code, area, approximate) VALUES (?, ?, 140311200, 12.5, 1)")) {
            insert.setBytes(1, blob);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    static void execute(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String statement : statements) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute(statement);
                }
            }
        }
    }

    static void geoPackages(Path root) throws Exception {
        Files.createDirectories(root);
        try (var old = Files.list(root)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(root.resolve("not-sqlite.gpkg"), "not a database, just text named .gpkg\n");
        Files.write(root.resolve("sqlite-header-only.gpkg"), "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));

        Path plain = root.resolve("sqlite-without-gpkg-tables.gpkg");
        execute(plain, "PRAGMA page_size = 512", "CREATE TABLE townships (name TEXT)", "INSERT INTO townships VALUES ('x')");

        Path valid = root.resolve("valid-reference.gpkg");
        createGeoPackage(valid, 4326);
        insert(valid, blob(square(113.5, 37.8), 4326), "西南舁乡");
        insert(valid, blob(square(113.7, 37.8), 4326), "岔口乡");
        execute(valid, "VACUUM");

        Path corrupt = root.resolve("corrupt-blobs.gpkg");
        createGeoPackage(corrupt, 4326);
        byte[] good = blob(square(113.5, 37.8), 4326);
        insert(corrupt, good, "valid");
        insert(corrupt, null, "null blob");
        insert(corrupt, new byte[] {'G', 'P'}, "shorter than header");
        insert(corrupt, "XX\0\1\0\0\0\0garbage".getBytes(StandardCharsets.ISO_8859_1), "bad magic");
        byte[] version = good.clone();
        version[2] = 5;
        insert(corrupt, version, "unknown version");
        byte[] extended = good.clone();
        extended[3] = 0x21;
        insert(corrupt, extended, "extended type");
        byte[] envelope = good.clone();
        envelope[3] = (byte) (1 | (7 << 1));
        insert(corrupt, envelope, "envelope indicator 7");
        byte[] emptyFlag = good.clone();
        emptyFlag[3] = 0x11;
        insert(corrupt, emptyFlag, "empty flag");
        insert(corrupt, Arrays.copyOf(good, 8), "header without WKB");
        insert(corrupt, Arrays.copyOf(good, good.length - 20), "truncated WKB");
        byte[] hugeCount = good.clone();
        // WKB polygon: byte order (1), type (4), ring count (4) at blob offset 8 + 5.
        putInt(hugeCount, 8 + 5, Integer.MAX_VALUE, ByteOrder.LITTLE_ENDIAN);
        insert(corrupt, hugeCount, "ring count 2^31-1");
        byte[] hugePoints = good.clone();
        putInt(hugePoints, 8 + 9, 0x7ffffff0, ByteOrder.LITTLE_ENDIAN);
        insert(corrupt, hugePoints, "point count 2^31-16");
        byte[] wkbType = good.clone();
        putInt(wkbType, 8 + 1, 77, ByteOrder.LITTLE_ENDIAN);
        insert(corrupt, wkbType, "unknown WKB type");
        byte[] nan = good.clone();
        putDouble(nan, 8 + 13, Double.NaN);
        insert(corrupt, nan, "NaN coordinate");
        insert(corrupt, blob(GEOMETRIES.createPolygon(new Coordinate[] {new Coordinate(113.5, 37.8),
            new Coordinate(113.6, 37.9), new Coordinate(113.6, 37.8), new Coordinate(113.5, 37.9),
            new Coordinate(113.5, 37.8)}), 4326), "bowtie");
        Coordinate same = new Coordinate(113.5, 37.8);
        insert(corrupt, blob(GEOMETRIES.createPolygon(new Coordinate[] {same, same.copy(), same.copy(), same.copy()}),
                4326), "one repeated point");
        execute(corrupt, "INSERT INTO townships (geom, name, code, area, approximate) VALUES"
                + " ('not a blob at all', 'text geometry', 'not a number', 'x', 'maybe')", "VACUUM");

        Path missingSrs = root.resolve("missing-srs.gpkg");
        createGeoPackage(missingSrs, 9999);
        insert(missingSrs, blob(square(113.5, 37.8), 9999), "x");
        execute(missingSrs, "VACUUM");

        Path badDefinition = root.resolve("srs-definition-garbage.gpkg");
        createGeoPackage(badDefinition, 900914);
        execute(badDefinition, "INSERT INTO gpkg_spatial_ref_sys VALUES ('mine', 900914, 'NONE', 900914,"
                + " 'PROJCS[\"broken\",GEOGCS[', NULL)");
        insert(badDefinition, blob(square(113.5, 37.8), 900914), "x");
        execute(badDefinition, "VACUUM");

        Path undefinedProjected = root.resolve("undefined-srs-projected-coordinates.gpkg");
        createGeoPackage(undefinedProjected, 0);
        insert(undefinedProjected, blob(square(500_000, 4_200_000), 0), "x");
        execute(undefinedProjected, "VACUUM");

        Path noTables = root.resolve("no-feature-tables.gpkg");
        createGeoPackage(noTables, 4326);
        execute(noTables, "DELETE FROM gpkg_contents", "VACUUM");

        Path missingTable = root.resolve("listed-table-missing.gpkg");
        createGeoPackage(missingTable, 4326);
        execute(missingTable, "DROP TABLE townships", "VACUUM");

        Path missingColumn = root.resolve("geometry-column-missing.gpkg");
        createGeoPackage(missingColumn, 4326);
        execute(missingColumn, "UPDATE gpkg_geometry_columns SET column_name = 'shape'", "VACUUM");

        Path noGeometryColumn = root.resolve("no-geometry-columns-row.gpkg");
        createGeoPackage(noGeometryColumn, 4326);
        execute(noGeometryColumn, "DELETE FROM gpkg_geometry_columns", "VACUUM");

        Path weird = root.resolve("quoted-table-name.gpkg");
        createGeoPackage(weird, 4326);
        execute(weird, "ALTER TABLE townships RENAME TO \"乡镇\"\"; DROP TABLE gpkg_contents; --\"",
                "UPDATE gpkg_contents SET table_name = '乡镇\"; DROP TABLE gpkg_contents; --'",
                "UPDATE gpkg_geometry_columns SET table_name = '乡镇\"; DROP TABLE gpkg_contents; --'");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + weird);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO \"乡镇\"\"; DROP TABLE gpkg_contents; --\" (geom, name) VALUES (?, 'x')")) {
            insert.setBytes(1, blob(square(113.5, 37.8), 4326));
            insert.executeUpdate();
        }
        execute(weird, "VACUUM");

        byte[] validBytes = Files.readAllBytes(valid);
        Files.write(root.resolve("truncated.gpkg"), Arrays.copyOf(validBytes, validBytes.length / 2));
        byte[] zeroed = validBytes.clone();
        Arrays.fill(zeroed, 512, Math.min(zeroed.length, 512 * 3), (byte) 0);
        Files.write(root.resolve("zeroed-pages.gpkg"), zeroed);
        byte[] scrambled = validBytes.clone();
        for (int i = 100; i < scrambled.length; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        Files.write(root.resolve("scrambled.gpkg"), scrambled);
    }
}
