package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

class QuickValidityTest {
    private static final GeometryFactory PACKED = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private static Polygon polygon(double... xy) {
        return PACKED.createPolygon(new PackedCoordinateSequence.Double(xy, 2, 0));
    }

    @Test
    void aPlainSquareIsCertainlyValid() {
        assertThat(QuickValidity.isCertainlyValid(polygon(0, 0, 1, 0, 1, 1, 0, 1, 0, 0))).isTrue();
    }

    @Test
    void bowtiesTouchesFoldsAndRepeatedPointsAreLeftToJts() {
        assertThat(QuickValidity.isCertainlyValid(polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0))).isFalse();
        // The ring touches itself at (1, 1).
        assertThat(QuickValidity.isCertainlyValid(polygon(0, 0, 2, 0, 1, 1, 2, 2, 0, 2, 1, 1, 0, 0))).isFalse();
        assertThat(QuickValidity.isCertainlyValid(polygon(0, 0, 2, 0, 1, 0, 1, 1, 0, 0))).isFalse();
        assertThat(QuickValidity.isCertainlyValid(polygon(0, 0, 1, 0, 1, 0, 1, 1, 0, 0))).isFalse();
    }

    /** Never "valid" where JTS says invalid, and "valid" for nearly all valid parcels, on rings like the benchmark's. */
    @Test
    void agreesWithJtsOnRandomRings() {
        Random random = new Random(11);
        int valid = 0;
        int certain = 0;
        for (int n = 0; n < 3000; n++) {
            int vertices = 4 + random.nextInt(20);
            double[] xy = new double[2 * vertices + 2];
            for (int k = 0; k < vertices; k++) {
                double angle = 2 * Math.PI * (k + random.nextDouble() * (n % 3 == 0 ? 3 : 0.6)) / vertices;
                double radius = 1 + random.nextDouble();
                // Snapping to a coarse grid makes collinear, repeated and touching vertices common.
                double grid = n % 5 == 0 ? 0.5 : 1e-9;
                xy[2 * k] = Math.round(113 + radius * Math.cos(angle) / grid) * grid;
                xy[2 * k + 1] = Math.round(37 + radius * Math.sin(angle) / grid) * grid;
            }
            xy[2 * vertices] = xy[0];
            xy[2 * vertices + 1] = xy[1];
            Polygon polygon = polygon(xy);
            boolean jts = new GeometryFactory().createGeometry(polygon).isValid();
            boolean quick = QuickValidity.isCertainlyValid(polygon);
            assertThat(!quick || jts).as("ring %d judged valid but JTS disagrees", n).isTrue();
            valid += jts ? 1 : 0;
            certain += quick ? 1 : 0;
        }
        assertThat(valid).isGreaterThan(500);
        assertThat(certain).isGreaterThan(valid * 8 / 10);
    }
}
