package cn.yangquan.atlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yangquan.atlas.io.GeoJsonReader;
import cn.yangquan.atlas.io.HeapBudget;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.robustness.Corpus.Outcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large and derived malformed inputs, made at test time instead of being committed: huge coordinate counts,
 * nesting far past the limits, and files of gigabytes (sparse, so they take no disk) whose size alone must be refused
 * before anything is allocated from it. Bounds are checked without depending on the JVM's heap: by what the reader
 * refuses, and by the bytes the reading thread allocates.
 */
class GeneratedInputsTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    /** A 3 GB file: past every size limit and past the 2 GB a Java array can hold. */
    private static final long HUGE = 3L << 30;

    @TempDir
    Path temp;

    private static Outcome read(String reader, Path file) {
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> Corpus.read(reader, file));
        assertThat(outcome.kind()).as("%s: %s", file.getFileName(), outcome).isNotEqualTo(Outcome.Kind.CRASH);
        return outcome;
    }

    private Path sparse(String name, byte[] start) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(start);
            out.setLength(HUGE);
        }
        return file;
    }

    /** A polygon whose one ring has {@code vertices} positions on a circle around Yangquan. */
    private Path hugeRing(int vertices) throws IOException {
        Path file = temp.resolve("huge-ring.geojson");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"Feature\",\"properties\":{\"name\":\"huge\"},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[[");
            for (int i = 0; i <= vertices; i++) {
                double angle = 2 * Math.PI * (i % vertices) / vertices;
                out.write(String.format(Locale.ROOT, "%s[%.7f,%.7f]", i == 0 ? "" : ",",
                        113.5 + 0.2 * Math.cos(angle), 37.9 + 0.2 * Math.sin(angle)));
            }
            out.write("]]}}");
        }
        return file;
    }

    @Test
    void aHugeCoordinateCountIsReadInBoundedMemoryAndTime() throws Exception {
        Path file = hugeRing(300_000);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ReadResult result = assertTimeoutPreemptively(BOUND, () -> new GeoJsonReader().read(file));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(result.features().features()).hasSize(1);
        assertThat(result.features().features().get(0).geometry().getNumPoints()).isEqualTo(300_001);
        // 8 MB of text; packed coordinates take 16 bytes a vertex, the validity check ~100. Well under 400 MB.
        assertThat(allocated).as("bytes allocated reading %d bytes", Files.size(file)).isLessThan(400L << 20);
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedBeforeItIsRead() throws Exception {
        Path file = hugeRing(200_000);
        HeapBudget small = new HeapBudget(() -> 8L << 20, () -> 0, () -> { });
        assertThatProblem(() -> new cn.yangquan.atlas.io.LayerFormats(small).readFirst(file, cn.yangquan.atlas.io.ReadOptions.defaults("en")), "huge-ring.geojson", "too large for memory");
    }

    @Test
    void aThreeGigabyteGeoJsonIsRefusedOrRejectedAtOnce() throws Exception {
        Path file = sparse("huge.geojson", "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
        assertThat(read("geojson", file).kind()).isEqualTo(Outcome.Kind.PROBLEM);
    }

    @Test
    void nestingFarPastTheLimitIsAProblemNotAStackOverflow() throws Exception {
        int depth = 200_000;
        Path geojson = temp.resolve("deep.geojson");
        Files.writeString(geojson, "{\"type\":\"Feature\",\"properties\":{\"x\":" + "[".repeat(depth) + "]".repeat(depth)
                + "},\"geometry\":null}");
        assertThat(read("geojson", geojson).message()).contains("deep.geojson").contains("nesting depth");

        Path coordinates = temp.resolve("deep-coordinates.geojson");
        Files.writeString(coordinates, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[".repeat(depth) + "]".repeat(depth) + "}}");
        assertThat(read("geojson", coordinates).message()).contains("nesting depth");

        Path project = temp.resolve("deep-project.json");
        Files.writeString(project, "{\"views\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
        assertThat(read("project", project).message()).contains("deep-project.json").contains("nesting depth");

        Path styles = temp.resolve("deep-styles.json");
        Files.writeString(styles, "{\"layers\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
        assertThat(read("styles", styles).message()).contains("deep-styles.json").contains("nesting depth");

        Path wkt = temp.resolve("deep.prj");
        Files.writeString(wkt, "GEOGCS[".repeat(5_000) + "]".repeat(5_000));
        assertThat(read("wkt", wkt).message()).contains("deep.prj").contains("nested deeper");
    }

    @Test
    void manyFeaturesAreReadWithinTheBound() throws Exception {
        Path file = temp.resolve("many.geojson");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (int i = 0; i < 100_000; i++) {
                out.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"properties\":{\"i\":%d},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,37.9]}}", i == 0 ? "" : ",", i,
                        113 + i * 1e-5));
            }
            out.write("]}");
        }
        Outcome outcome = read("geojson", file);
        assertThat(outcome.features()).isEqualTo(100_000);
    }

    @Test
    void gigabyteFilesOfEveryOtherKindAreRefusedFromTheirSizeOrHeader() throws Exception {
        assertThat(read("project", sparse("project.json", "{\"layers\":[".getBytes(StandardCharsets.UTF_8))).message())
                .contains("project.json").contains("at most");
        assertThat(read("csv", sparse("table.csv", "a,b\n".getBytes(StandardCharsets.UTF_8))).message())
                .contains("table.csv").contains("MB");
        assertThat(read("styles", sparse("styles.json", "{\"layers\":{".getBytes(StandardCharsets.UTF_8))).kind())
                .isEqualTo(Outcome.Kind.PROBLEM);
        assertThat(read("geopackage", sparse("huge.gpkg", "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII)))
                .kind()).isEqualTo(Outcome.Kind.PROBLEM);
        Path prj = temp.resolve("long.prj");
        Files.writeString(prj, "GEOGCS[\"" + "x".repeat(100_000) + "\"]");
        assertThat(read("wkt", prj).message()).contains("longer than");
    }

    /**
     * A shapefile whose header is valid and whose first record claims 4 GB of content, in a 3 GB sparse file, with a
     * 3 GB index: the record is skipped and the index ignored, both without allocating from the claimed sizes.
     */
    @Test
    void aGigabyteShapefileWithLyingLengthsIsReadWithoutAllocatingFromThem() throws Exception {
        CorpusGenerator.ShapefileCase c = CorpusGenerator.valid();
        Path directory = temp.resolve("huge");
        c.write(directory);
        byte[] start = c.shp.clone();
        CorpusGenerator.putInt(start, 24, (int) (HUGE / 2), ByteOrder.BIG_ENDIAN);
        CorpusGenerator.putInt(start, 104, -1, ByteOrder.BIG_ENDIAN);
        Files.delete(directory.resolve("layer.shp"));
        Files.delete(directory.resolve("layer.shx"));
        Path shp = Files.move(sparse("layer.shp", start), directory.resolve("layer.shp"));
        byte[] index = c.shx.clone();
        Files.move(sparse("layer.shx", index), directory.resolve("layer.shx"));
        Outcome outcome = read("shapefile", shp);
        assertThat(outcome.kind()).as(outcome.toString()).isEqualTo(Outcome.Kind.READ);
        assertThat(outcome.text()).contains("layer.shx").contains("index ignored");

        // A record claiming just under 2 GB, which a plain allocation could not hold.
        byte[] nearTwoGigabytes = c.shp.clone();
        CorpusGenerator.putInt(nearTwoGigabytes, 24, (int) (HUGE / 2), ByteOrder.BIG_ENDIAN);
        CorpusGenerator.putInt(nearTwoGigabytes, 104, Integer.MAX_VALUE / 2, ByteOrder.BIG_ENDIAN);
        Files.delete(shp);
        Files.delete(directory.resolve("layer.shx"));
        Files.move(sparse("layer.shp", nearTwoGigabytes), shp);
        Outcome second = read("shapefile", shp);
        assertThat(second.text()).contains("record 1").contains("more than a record may have");
    }

    @Test
    void aRecordWithBillionsOfPointsIsSkippedFromItsCounts() throws Exception {
        CorpusGenerator.ShapefileCase c = CorpusGenerator.valid();
        ByteBuffer.wrap(c.shp).order(ByteOrder.LITTLE_ENDIAN).putInt(108 + 40, 2_000_000_000);
        Path directory = temp.resolve("billions");
        c.write(directory);
        Outcome outcome = read("shapefile", directory.resolve("layer.shp"));
        assertThat(outcome.features()).isEqualTo(1);
        assertThat(outcome.text()).contains("2000000000 points do not fit");
    }

    private static void assertThatProblem(ThrowingRead read, String file, String cause) {
        Throwable thrown = null;
        try {
            assertTimeoutPreemptively(BOUND, read::read);
        } catch (Throwable e) {
            thrown = e;
        }
        assertThat(thrown).as("expected an InputProblem naming " + file).isInstanceOf(InputProblem.class);
        assertThat(thrown.getMessage()).contains(file).contains(cause);
    }

    private interface ThrowingRead {
        Object read() throws InputProblem;
    }
}
