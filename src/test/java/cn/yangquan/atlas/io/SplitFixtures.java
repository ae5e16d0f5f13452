package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Feature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated GeoJSON for the split-parse tests: parcels of every kind the reader handles (polygons, multipolygons,
 * self-intersecting rings that are repaired, points, lines; ids as numbers, texts or none; members in several orders;
 * nested and null properties), and the comparison of a split read with a serial one.
 */
final class SplitFixtures {
    /** Reads in one pass whatever the size. */
    static final GeoJsonReader SERIAL = new GeoJsonReader(Long.MAX_VALUE, 1);

    private SplitFixtures() {
    }

    /** The JSON text of feature {@code i}, one of ten kinds by {@code i % 10}; the same i gives the same text. */
    static String feature(int i) {
        Random random = new Random(i);
        double x = 112.95 + (i % 200) * 0.005;
        double y = 37.65 + (i / 200) * 0.005;
        String props = "{\"id\":" + i + ",\"dlbm\":\"030" + i % 5 + "\",\"landuse\":\"" + (i % 3 == 0 ? "灌木林地" : "旱地")
                + "\",\"area\":" + (1000 + random.nextInt(90000)) / 10.0 + ",\"village\":\"1403" + (100000 + i % 97)
                + "\",\"ok\":" + (i % 2 == 0) + "}";
        return switch (i % 10) {
            case 6 -> "{\"type\":\"Feature\",\"id\":\"p-" + i + "\",\"properties\":{\"tags\":[\"a\",\"b\"],\"n\":{\"x\":"
                    + i + "},\"gone\":null,\"big\":12345678901},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[["
                    + ring(x, y, 6, random) + "],[" + ring(x + 0.002, y + 0.002, 5, random) + "]]}}";
            case 7 -> "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[[" + point(x, y) + "," + point(x + 0.003, y + 0.003) + "," + point(x + 0.003, y)
                    + "," + point(x, y + 0.003) + "," + point(x, y) + "]]}}";
            case 8 -> "{\"id\":\"pt" + i + "\", \"type\": \"Feature\", \"properties\":" + props
                    + ", \"geometry\": {\"type\": \"Point\", \"coordinates\": " + point(x, y) + "}}";
            case 9 -> "{\"properties\":" + props + ",\"geometry\":{\"coordinates\":[" + point(x, y) + ","
                    + point(x + 0.001, y + 0.002) + "],\"type\":\"LineString\"},\"type\":\"Feature\"}";
            default -> "{\"type\":\"Feature\",\"id\":" + i + ",\"properties\":" + props
                    + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring(x, y, 6 + i % 5, random) + "]}}";
        };
    }

    /** Features 0 to n - 1, with the features at the given indices replaced by what the map gives. */
    static List<String> features(int n, java.util.Map<Integer, String> replaced) {
        List<String> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(replaced.getOrDefault(i, feature(i)));
        }
        return features;
    }

    /** A FeatureCollection: {@code before} and {@code after} are top-level members (with their commas) around features. */
    static String collection(String before, List<String> features, String after) {
        return "{\"type\":\"FeatureCollection\",\"name\":\"parcels\"," + before + "\"features\":[\n"
                + String.join(",\n", features) + "\n]" + after + "}\n";
    }

    static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A closed star-shaped ring of {@code vertices} corners around (x, y). */
    private static String ring(double x, double y, int vertices, Random random) {
        List<String> corners = new ArrayList<>();
        for (int k = 0; k < vertices; k++) {
            double angle = 2 * Math.PI * k / vertices;
            double radius = 0.001 + random.nextDouble() * 0.001;
            corners.add(point(x + radius * Math.cos(angle), y + radius * Math.sin(angle)));
        }
        corners.add(corners.get(0));
        return "[" + String.join(",", corners) + "]";
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "[%.7f,%.7f]", x, y);
    }

    /** What a read gives: its result, or the message of the problem that stopped it. */
    static Object outcome(GeoJsonReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (InputProblem e) {
            return e.getMessage();
        }
    }

    /** The split read equals the serial one: feature by feature (ids, exact coordinates, attributes), problems, CRS. */
    static void assertSameRead(GeoJsonReader split, Path file) {
        Object serialOutcome = outcome(SERIAL, file);
        Object splitOutcome = outcome(split, file);
        if (serialOutcome instanceof String message) {
            assertThat(splitOutcome).isEqualTo(message);
            return;
        }
        ReadResult serial = (ReadResult) serialOutcome;
        assertThat(splitOutcome).isInstanceOf(ReadResult.class);
        ReadResult parted = (ReadResult) splitOutcome;
        assertThat(parted.problems()).containsExactlyElementsOf(serial.problems());
        assertThat(parted.sourceCrs()).isEqualTo(serial.sourceCrs());
        assertThat(parted.repaired()).isEqualTo(serial.repaired());
        assertThat(parted.features().fields()).containsExactlyElementsOf(serial.features().fields());
        List<Feature> expected = serial.features().features();
        List<Feature> actual = parted.features().features();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Feature want = expected.get(i);
            Feature got = actual.get(i);
            assertThat(got.id()).as("feature %d", i).isEqualTo(want.id());
            assertThat(got.geometry().equalsExact(want.geometry())).as("geometry of %s", want.id()).isTrue();
            assertThat(List.copyOf(got.attributes().entrySet())).as("attributes of %s", want.id())
                    .containsExactlyElementsOf(List.copyOf(want.attributes().entrySet()));
        }
    }
}
