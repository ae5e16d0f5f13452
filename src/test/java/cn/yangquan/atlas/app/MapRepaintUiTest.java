package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MapView;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's repaints with a large user layer shown: hidden layers are not drawn on pan and zoom, a layer shown
 * later is drawn for the viewport of that moment, the settled map holds exactly the images a fresh drawing gives, and
 * the layer's features are neither read nor projected again. Waits are on the map's state, never on time.
 */
class MapRepaintUiTest {
    /** The grid of generated parcels: columns × rows squares over the centre of Yangquan. */
    private static final int COLUMNS = 80;
    private static final int ROWS = 50;
    private static final String ZONE = "zone-grain";

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private MapRenderer renderer;
    private AtlasApplication app;
    private String parcels;

    @BeforeEach
    void open() throws Exception {
        Path file = writeParcels(temp.resolve("parcels.geojson"));
        app = AtlasUi.launch(() -> {
            try {
                return new AtlasApplication(TestData.paths(temp), "zh", List.of(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        settle();
        // The font the window chooses, so that symbols and names are drawn as on screen.
        renderer = new MapRenderer(FontSetup.chooseForWindow(null, app.currentMap(), Messages.forLanguage("zh")).font());
        parcels = app.currentMap().layers().stream().filter(l -> UserLayers.GROUP.equals(l.group())).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    /** 4,000 square parcels of about 400 m, in WGS84, each with an id. */
    private static Path writeParcels(Path file) throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        double size = 0.004;
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                double x = 113.40 + column * size * 1.1;
                double y = 37.80 + row * size * 1.1;
                if (row + column > 0) {
                    json.append(',');
                }
                json.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"id\":%d},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],"
                        + "[%.5f,%.5f],[%.5f,%.5f]]]}}", row * COLUMNS + column, x, y, x + size, y, x + size, y + size, x,
                        y + size, x, y));
            }
        }
        Files.writeString(file, json.append("]}"), StandardCharsets.UTF_8);
        return file;
    }

    private MapView map() {
        return app.window().mapView();
    }

    private Viewport viewport() {
        return map().viewportProperty().get();
    }

    /** Waits until the map shows the finished drawing of its current viewport. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null && map().settledProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setVisible(String layerId, boolean visible) throws Exception {
        onFx(() -> app.window().layers().visibleProperty(layerId).set(visible));
    }

    /** Drags the map with the mouse by the given pixels, from its centre. */
    private void drag(double dx, double dy) throws Exception {
        var centre = map().localToScreen(map().getWidth() / 2, map().getHeight() / 2);
        robot.drag(centre, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2).release(MouseButton.PRIMARY);
        settle();
    }

    /**
     * Turns the mouse wheel towards the user over the map's centre, one event a notch of 40 (as a desktop sends them;
     * Monocle's robot sends notches of 1).
     */
    private void wheelIn(int notches) throws Exception {
        onFx(() -> {
            double x = map().getWidth() / 2;
            double y = map().getHeight() / 2;
            var screen = map().localToScreen(x, y);
            for (int i = 0; i < notches; i++) {
                map().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(), false, false,
                        false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });
        settle();
    }

    private ImageView view(String layerId) {
        return robot.lookup("#layer-" + layerId).queryAs(ImageView.class);
    }

    /** The premultiplied ARGB pixels of an image on screen, or null for none. */
    private static int[] pixels(Image image) throws Exception {
        if (image == null) {
            return null;
        }
        return WaitForAsyncUtils.asyncFx(() -> {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] out = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), out, 0, width);
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The layer drawn afresh for the current viewport, as the window draws it. */
    private int[] fresh(MapLayer layer, MapComposition composition) {
        BufferedImage image = renderer.renderLayer(layer, viewport(), 1.0, composition.symbolLayers(), () -> false);
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** How many pixels differ; against null (no image), how many are not transparent. */
    private static int differing(int[] shown, int[] expected) {
        int count = 0;
        for (int i = 0; i < expected.length; i++) {
            if ((shown == null ? 0 : shown[i]) != expected[i]) {
                count++;
            }
        }
        return count;
    }

    /**
     * Every drawn layer shows the image a fresh drawing of the current viewport gives, unmoved; a layer with nothing
     * in view has no image. Returns how many had none.
     */
    private int assertCompleteForCurrentViewport() throws Exception {
        MapComposition composition = app.window().session().composition();
        int withoutImage = 0;
        for (MapLayer layer : composition.drawnLayers()) {
            assertThat(map().drawnFor(layer.id())).as(layer.id()).isEqualTo(viewport());
            ImageView view = view(layer.id());
            assertThat(view.isVisible()).as(layer.id()).isTrue();
            assertThat(view.getLocalToParentTransform().isIdentity()).as(layer.id()).isTrue();
            int[] shown = pixels(view.getImage());
            if (shown == null) {
                withoutImage++;
            }
            assertThat(differing(shown, fresh(layer, composition))).as("pixels of %s unlike a fresh drawing", layer.id())
                    .isZero();
        }
        return withoutImage;
    }

    @Test
    void aHiddenLayerIsNotDrawnOnPanAndIsDrawnForTheCurrentViewportWhenShown() throws Exception {
        setVisible(ZONE, false);
        settle();
        int hidden = map().renderCount(ZONE);
        int townships = map().renderCount(PlanMapBuilder.TOWNSHIPS);
        Viewport before = viewport();

        drag(120, 70);
        wheelIn(2);
        assertThat(viewport()).isNotEqualTo(before);
        assertThat(map().renderCount(ZONE)).isEqualTo(hidden);
        assertThat(map().renderCount(PlanMapBuilder.TOWNSHIPS)).isGreaterThan(townships);
        assertThat(map().drawnFor(ZONE)).isNotEqualTo(viewport());

        setVisible(ZONE, true);
        settle();
        assertThat(map().renderCount(ZONE)).isEqualTo(hidden + 1);
        assertCompleteForCurrentViewport();
    }

    @Test
    void showingAgainALayerWhoseImageIsCurrentDrawsNothing() throws Exception {
        int zone = map().renderCount(ZONE);
        int user = map().renderCount(parcels);
        setVisible(ZONE, false);
        settle();
        setVisible(ZONE, true);
        settle();
        assertThat(map().renderCount(ZONE)).isEqualTo(zone);
        assertThat(map().renderCount(parcels)).isEqualTo(user);
        assertCompleteForCurrentViewport();
    }

    @Test
    void afterADragAndAWheelZoomTheSettledMapHoldsFreshImagesAndNoneForLayersOutOfView() throws Exception {
        drag(-150, 90);
        assertCompleteForCurrentViewport();
        // Down to a few kilometres across the parcels: most plan layers have nothing there.
        Viewport parcelsView = Viewport.fit(app.currentMap().layer(parcels).orElseThrow().features().bounds(),
                viewport().width(), viewport().height(), 0);
        onFx(() -> map().viewportProperty().set(parcelsView));
        settle();
        wheelIn(6);
        assertThat(viewport().metresPerPixel()).isLessThan(parcelsView.metresPerPixel() / 2);
        assertThat(assertCompleteForCurrentViewport()).isPositive();
        assertThat(pixels(view(parcels).getImage())).isNotNull();
    }

    @Test
    void panAndZoomNeitherReadNorProjectTheUserLayerAgain() throws Exception {
        MapLayer layer = app.currentMap().layer(parcels).orElseThrow();
        FeatureCollection features = layer.features();
        List<Object> geometries = new ArrayList<>();
        features.features().forEach(f -> geometries.add(f.geometry()));
        assertThat(features.size()).isEqualTo(COLUMNS * ROWS);

        drag(200, -40);
        wheelIn(3);
        drag(-80, 60);

        MapLayer after = app.currentMap().layer(parcels).orElseThrow();
        assertThat(after).isSameAs(layer);
        assertThat(after.features()).isSameAs(features);
        for (int i = 0; i < geometries.size(); i++) {
            assertThat(after.features().features().get(i).geometry()).isSameAs(geometries.get(i));
        }
        assertCompleteForCurrentViewport();
    }
}
