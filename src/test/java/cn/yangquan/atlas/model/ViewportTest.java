package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private final Viewport viewport = new Viewport(500_000, 4_200_000, 10, 800, 600);

    @Test
    void screenAndWorldCoordinatesAreInverse() {
        Point2D screen = viewport.toScreen(501_000, 4_199_500);
        assertThat(screen.getX()).isCloseTo(500, within(1e-9));
        assertThat(screen.getY()).isCloseTo(350, within(1e-9));
        Point2D world = viewport.toWorld(screen.getX(), screen.getY());
        assertThat(world.getX()).isCloseTo(501_000, within(1e-6));
        assertThat(world.getY()).isCloseTo(4_199_500, within(1e-6));
    }

    @Test
    void zoomKeepsThePointUnderTheCursorFixed() {
        Point2D before = viewport.toWorld(120, 80);
        Viewport zoomed = viewport.zoomAround(120, 80, 2);
        Point2D after = zoomed.toWorld(120, 80);
        assertThat(zoomed.metresPerPixel()).isEqualTo(5);
        assertThat(after.getX()).isCloseTo(before.getX(), within(1e-6));
        assertThat(after.getY()).isCloseTo(before.getY(), within(1e-6));
    }

    @Test
    void panningRightMovesTheMapContentRight() {
        Viewport panned = viewport.panByPixels(100, 0);
        assertThat(panned.toScreen(500_000, 4_200_000).getX()).isCloseTo(500, within(1e-9));
    }

    @Test
    void fitShowsTheWholeExtent() {
        Envelope extent = new Envelope(400_000, 480_000, 4_150_000, 4_260_000);
        Viewport fitted = Viewport.fit(extent, 800, 600, 20);
        assertThat(fitted.extent().contains(extent)).isTrue();
        assertThat(fitted.metresPerPixel()).isCloseTo(110_000 / 560.0, within(1e-9));
    }

    @Test
    void resolutionIsClampedToSensibleBounds() {
        assertThat(viewport.zoom(1e9).metresPerPixel()).isEqualTo(Viewport.MIN_RESOLUTION);
        assertThat(viewport.zoom(1e-9).metresPerPixel()).isEqualTo(Viewport.MAX_RESOLUTION);
    }
}
