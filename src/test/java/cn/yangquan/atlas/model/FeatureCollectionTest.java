package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class FeatureCollectionTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private static FeatureCollection squares(int count, long seed) {
        Random random = new Random(seed);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = random.nextDouble() * 10_000;
            double y = random.nextDouble() * 10_000;
            double size = 1 + random.nextDouble() * 300;
            Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
                    new Coordinate(x, y + size), new Coordinate(x, y)};
            features.add(new Feature("f" + i, FACTORY.createPolygon(ring), Map.of()));
        }
        return new FeatureCollection("squares", features);
    }

    /** What a query must return: every feature whose envelope meets the box, in list order. */
    private static List<Feature> expected(FeatureCollection collection, Envelope box) {
        return collection.features().stream().filter(f -> f.geometry().getEnvelopeInternal().intersects(box)).toList();
    }

    private static Envelope randomBox(Random random) {
        double x = random.nextDouble() * 11_000 - 500;
        double y = random.nextDouble() * 11_000 - 500;
        double size = random.nextDouble() * random.nextDouble() * 6_000;
        return new Envelope(x, x + size, y, y + size);
    }

    @Test
    void aQueryFindsEveryFeatureMeetingTheBoxInListOrder() {
        FeatureCollection collection = squares(20_000, 3);
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Envelope box = randomBox(random);
            assertThat(collection.query(box)).as("box %s", box).isEqualTo(expected(collection, box));
        }
        assertThat(collection.query(collection.bounds())).isEqualTo(collection.features());
        assertThat(collection.query(new Envelope(-9e6, -8e6, -9e6, -8e6))).isEmpty();
    }

    @Test
    void queriesFromSeveralThreadsAtFirstUseAgree() {
        FeatureCollection collection = squares(50_000, 5);
        List<Envelope> boxes = IntStream.range(0, 8).mapToObj(i -> randomBox(new Random(i))).toList();
        List<CompletableFuture<List<Feature>>> answers = boxes.stream()
                .map(box -> CompletableFuture.supplyAsync(() -> collection.query(box))).toList();
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(answers.get(i).join()).isEqualTo(expected(collection, boxes.get(i)));
        }
    }

    @Test
    void anEmptyCollectionAnswersEveryQueryWithNothing() {
        FeatureCollection empty = new FeatureCollection("empty", List.of());
        assertThat(empty.query(new Envelope(0, 1, 0, 1))).isEmpty();
        assertThat(empty.at(0.5, 0.5, 1)).isEmpty();
        assertThat(empty.bounds().isNull()).isTrue();
    }

    @Test
    void aPointFindsThePolygonsCoveringIt() {
        FeatureCollection collection = squares(5_000, 9);
        Random random = new Random(13);
        for (int i = 0; i < 100; i++) {
            double x = random.nextDouble() * 10_000;
            double y = random.nextDouble() * 10_000;
            var point = FACTORY.createPoint(new Coordinate(x, y));
            List<Feature> covering = collection.features().stream().filter(f -> f.geometry().covers(point)).toList();
            assertThat(collection.at(x, y, 0)).isEqualTo(covering);
        }
    }
}
