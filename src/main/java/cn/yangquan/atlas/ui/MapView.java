package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.MapComposer;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapRenderer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: one image per layer, stacked in drawing order. Toggling, reordering and fading a layer only changes its
 * image view. During a drag or wheel zoom each image is moved and scaled by a transform from the viewport it was
 * drawn for to the current one, so gestures stay smooth; a real repaint follows shortly after the gesture ends.
 * A repaint draws only the layers the composition draws and whose image is not already current; a hidden layer keeps
 * its last image and is drawn again when it is shown, for the viewport of that moment. A layer with nothing in view
 * gets no image.
 */
public final class MapView extends Pane {
    private static final String SELECTION = SelectionOverlay.ID;
    private static final String FURNITURE = "__furniture";
    /**
     * How far outside the frame, in pixels at pixel scale 1, a feature may lie and still be drawn. The renderer draws
     * features within 40 px of the frame; a wider margin only means a layer is drawn that turns out empty.
     */
    private static final double IN_VIEW_MARGIN = 64;
    /** With {@code -Dyq.atlas.timing=true}, each complete repaint prints how long it took (for measuring). */
    private static final boolean TIMING = Boolean.getBoolean("yq.atlas.timing");

    private final MapRenderer renderer;
    private final MapComposer composer;
    private final double pixelScale;
    private final RenderScheduler scheduler = new RenderScheduler();
    private final Pane layerPane = new Pane();
    private final ImageView selectionView = new ImageView();
    private final ImageView furnitureView = new ImageView();
    private final LayerImages images = new LayerImages();
    /** The viewport the selection image was drawn for, so that gestures move it with the layers. */
    private Viewport selectionDrawnFor;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Feature>> highlighted = new SimpleObjectProperty<>(List.of());
    private BiConsumer<Double, Double> onMapClick = (x, y) -> { };
    private final StringProperty cursorPosition = new SimpleStringProperty("");
    private final IntegerProperty completedRenders = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(false);
    /** Height of a heading laid over the map's top (a slide's title), which fitted extents keep clear of. */
    private final DoubleProperty headerHeight = new SimpleDoubleProperty();
    private final PauseTransition repaintDelay = new PauseTransition(Duration.millis(140));
    /** Map metres to longitude and latitude, for the cursor position; none in the presentation. */
    private UnaryOperator<double[]> lonLat;
    private AtlasMap map;
    private MapComposition composition;
    private List<String> notes = List.of();
    /** The extent the map was last fitted to; kept fitted when the size changes, until the user moves the map. */
    private Envelope fitted;
    /** Whether {@link #fitted} is a saved viewport's own extent, shown edge to edge rather than clear of furniture. */
    private boolean fittedExactly;

    public MapView(MapRenderer renderer) {
        this(renderer, 1.0);
    }

    /** @param pixelScale multiplies line widths, symbols and text (greater than 1 for a projector) */
    public MapView(MapRenderer renderer, double pixelScale) {
        this.renderer = renderer;
        this.composer = new MapComposer(renderer);
        this.pixelScale = pixelScale;
        setStyle("-fx-background-color: #E9EEF2;");
        setFocusTraversable(true);
        setMinSize(200, 150);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(layerPane, selectionView, furnitureView);
        selectionView.setMouseTransparent(true);
        furnitureView.setMouseTransparent(true);
        layerPane.setMouseTransparent(true);
        repaintDelay.setOnFinished(e -> repaint());
        widthProperty().addListener((obs, old, now) -> sizeChanged());
        headerHeight.addListener((obs, old, now) -> fit());
        heightProperty().addListener((obs, old, now) -> sizeChanged());
        viewport.addListener((obs, old, now) -> {
            images.placeAll(now);
            LayerImages.place(selectionView, selectionDrawnFor, now);
            if (old == null) {
                // The first map has nothing to stand in for it: draw at once instead of after the gesture delay.
                repaint();
            } else {
                settled.set(false);
                repaintDelay.playFromStart();
            }
        });
        selectedCode.addListener((obs, old, now) -> repaintSelection());
        highlighted.addListener((obs, old, now) -> repaintSelection());
        MapGestures.install(this);
    }

    /** Shows a new map as the composition says (order, visibility, opacity), with notes on the map. */
    public void setContent(AtlasMap newMap, MapComposition newComposition, List<String> mapNotes) {
        this.map = newMap;
        this.notes = List.copyOf(mapNotes);
        images.setLayers(newMap.layers());
        this.composition = null;
        restack(newComposition);
        repaint();
    }

    /**
     * Restacks, shows, hides and fades the layer images as the composition says. A layer shown whose image is not
     * current is drawn for the viewport of this moment; the names are drawn again when the symbols they keep clear of
     * change.
     */
    public void showComposition(MapComposition next) {
        boolean symbolsChanged = composition != null && !composition.symbolLayers().equals(next.symbolLayers());
        restack(next);
        if (symbolsChanged) {
            images.stale(PlanMapBuilder.LABELS);
        }
        drawStale();
    }

    private void restack(MapComposition next) {
        this.composition = next;
        List<ImageView> stacked = new ArrayList<>();
        for (MapLayer layer : next.layers()) {
            ImageView view = images.view(layer.id());
            if (view != null) {
                stacked.add(view);
                view.setVisible(next.drawn(layer.id()));
                view.setOpacity(next.state(layer.id()).orElseThrow().opacity());
            }
        }
        layerPane.getChildren().setAll(stacked);
    }

    /** Draws, within the current pass, each drawn layer whose image is not current and is not being drawn already. */
    private void drawStale() {
        Viewport target = viewport.get();
        if (map == null || target == null) {
            return;
        }
        for (MapLayer layer : composition.drawnLayers()) {
            if (!images.current(layer, target) && !scheduler.pending(layer.id())) {
                settled.set(false);
                scheduler.add(layerJob(layer, target));
            }
        }
    }

    /** Sets the notes the map carries (bottom right) and draws them. */
    public void setNotes(List<String> mapNotes) {
        this.notes = List.copyOf(mapNotes);
        Viewport target = viewport.get();
        if (target != null) {
            settled.set(false);
            scheduler.add(furnitureJob(target));
        }
    }

    public DoubleProperty headerHeightProperty() {
        return headerHeight;
    }

    /** How to turn map metres into longitude and latitude for the cursor position. */
    public void setLonLat(UnaryOperator<double[]> toLonLat) {
        this.lonLat = toLonLat;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<String> selectedCodeProperty() {
        return selectedCode;
    }

    /** Features highlighted besides the selected township (rows chosen in an attribute table). */
    public ObjectProperty<List<Feature>> highlightedProperty() {
        return highlighted;
    }

    /** Called with the screen coordinates (pixels in this view) of a click that was not a drag. */
    public void setOnMapClick(BiConsumer<Double, Double> handler) {
        this.onMapClick = handler;
    }

    /** Longitude and latitude under the cursor, as text. */
    public StringProperty cursorPositionProperty() {
        return cursorPosition;
    }

    /**
     * How many times the layer's image has been drawn (a layer with nothing in view is not drawn); tests check that
     * hidden layers are not drawn.
     */
    public int renderCount(String layerId) {
        return images.renders(layerId);
    }

    /** The viewport the layer's image on screen was drawn for, or null before its first drawing. */
    public Viewport drawnFor(String layerId) {
        return images.drawnFor(layerId);
    }

    /** Counts repaints whose every layer image is in; tests wait on it. */
    public ReadOnlyIntegerProperty completedRendersProperty() {
        return completedRenders;
    }

    /**
     * True while the map on screen is the finished drawing of the current viewport: no repaint is waiting or
     * running. Tests wait on it instead of sleeping.
     */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    /** Shows the whole city. */
    public void home() {
        if (map != null) {
            zoomTo(map.extent());
        }
    }

    /** Shows the extent with a margin of 5 % (at least 500 m), clear of the map's furniture. */
    public void zoomTo(Envelope extent) {
        if (extent != null && !extent.isNull()) {
            Envelope padded = new Envelope(extent);
            padded.expandBy(Math.max(500, Math.max(extent.getWidth(), extent.getHeight()) * 0.05));
            showExtent(padded);
        }
    }

    /**
     * Shows exactly this extent (a saved view), clear of the map's furniture. Until the user moves the map, a change
     * of size fits it again: a window or slide that is still being laid out ends up showing the extent.
     */
    public void showExtent(Envelope extent) {
        fit(extent, false);
    }

    /** Shows the extent a saved viewport had (the project's last extent), edge to edge. */
    public void restoreExtent(Envelope extent) {
        fit(extent, true);
    }

    private void fit(Envelope extent, boolean exactly) {
        if (extent != null && !extent.isNull()) {
            fitted = new Envelope(extent);
            fittedExactly = exactly;
            fit();
        }
    }

    private void fit() {
        if (getWidth() > 0 && getHeight() > 0 && fitted != null) {
            int width = (int) getWidth();
            int height = (int) getHeight();
            viewport.set(fittedExactly ? Viewport.fit(fitted, width, height, 0)
                    : composer.fit(fitted, width, height, pixelScale, notes, headerHeight.get()));
        }
    }

    public void zoomBy(double factor) {
        fitted = null;
        Viewport current = viewport.get();
        if (current != null) {
            viewport.set(current.zoom(factor));
        }
    }

    public void panByPixels(double dx, double dy) {
        fitted = null;
        Viewport current = viewport.get();
        if (current != null) {
            viewport.set(current.panByPixels(dx, dy));
        }
    }

    /** Zooms to the selected township. */
    public void zoomToSelection() {
        selectedFeature().ifPresent(f -> zoomTo(f.geometry().getEnvelopeInternal()));
    }

    private Optional<Feature> selectedFeature() {
        if (map == null || selectedCode.get() == null) {
            return Optional.empty();
        }
        return map.join().feature(selectedCode.get());
    }

    public void shutdown() {
        repaintDelay.stop();
        scheduler.shutdown();
    }

    private void sizeChanged() {
        int width = (int) getWidth();
        int height = (int) getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        Viewport current = viewport.get();
        if (current == null && fitted == null) {
            home();
        } else if (fitted != null) {
            fit();
        } else {
            viewport.set(current.resized(width, height));
        }
    }

    private void repaint() {
        Viewport target = viewport.get();
        if (map == null || target == null) {
            return;
        }
        List<RenderScheduler.Job> jobs = new ArrayList<>();
        for (MapLayer layer : composition.drawnLayers()) {
            if (!images.current(layer, target)) {
                jobs.add(layerJob(layer, target));
            }
        }
        jobs.add(furnitureJob(target));
        selectionJob(target).ifPresent(jobs::add);
        settled.set(false);
        long started = System.nanoTime();
        scheduler.request(jobs, () -> {
            if (TIMING) {
                System.err.printf("map drawn in %d ms (%d images, %.1f m a pixel)%n",
                        (System.nanoTime() - started) / 1_000_000, jobs.size(), target.metresPerPixel());
            }
            completedRenders.set(completedRenders.get() + 1);
            settled.set(!repaintDelay.getStatus().equals(Animation.Status.RUNNING));
        });
    }

    private void repaintSelection() {
        Viewport target = viewport.get();
        if (target == null) {
            return;
        }
        Optional<RenderScheduler.Job> job = selectionJob(target);
        if (job.isEmpty()) {
            selectionView.setImage(null);
            return;
        }
        scheduler.add(job.get());
    }

    /**
     * Draws the layer for the viewport off the FX thread and shows it; a layer with nothing in view gets no image.
     * Labels keep clear of the symbols drawn when the job is made.
     */
    private RenderScheduler.Job layerJob(MapLayer layer, Viewport target) {
        List<MapLayer> symbols = composition.symbolLayers();
        return new RenderScheduler.Job(layer.id(), cancelled -> {
            if (!inView(layer, target)) {
                return null;
            }
            images.counted(layer.id());
            return renderer.renderLayer(layer, target, pixelScale, symbols, cancelled);
        }, image -> images.show(layer, image, target, viewport.get()));
    }

    /** Whether the layer has a feature near enough to the frame to be drawn. */
    private boolean inView(MapLayer layer, Viewport target) {
        Envelope near = target.extent();
        near.expandBy(IN_VIEW_MARGIN * pixelScale * target.metresPerPixel());
        Envelope bounds = layer.features().bounds();
        if (bounds.isNull() || !bounds.intersects(near)) {
            return false;
        }
        return near.covers(bounds) || !layer.features().query(near).isEmpty();
    }

    /** The selected township and the highlighted features, drawn by their kind of geometry in one image. */
    private Optional<RenderScheduler.Job> selectionJob(Viewport target) {
        List<Feature> features = new ArrayList<>(highlighted.get());
        selectedFeature().ifPresent(features::add);
        List<MapLayer> overlays = SelectionOverlay.layers(features);
        if (overlays.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RenderScheduler.Job(SELECTION, cancelled -> image(target,
                g -> overlays.forEach(layer -> renderer.paintLayer(g, layer, target, pixelScale, cancelled))), image -> {
            selectionView.setImage(FxImages.share(image));
            selectionDrawnFor = target;
            LayerImages.place(selectionView, target, viewport.get());
        }));
    }

    private RenderScheduler.Job furnitureJob(Viewport target) {
        List<String> shown = notes;
        return new RenderScheduler.Job(FURNITURE, cancelled -> image(target,
                g -> composer.paintFurniture(g, target, pixelScale, shown)),
                image -> furnitureView.setImage(FxImages.share(image)));
    }

    /** A transparent image of the viewport's size with what {@code paint} draws in it. */
    private static BufferedImage image(Viewport target, Consumer<Graphics2D> paint) {
        BufferedImage image = new BufferedImage(target.width(), target.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            paint.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A click that was not a drag, in pixels of this view. */
    void clicked(double x, double y) {
        onMapClick.accept(x, y);
    }

    /** Shows the longitude and latitude under the cursor. */
    void cursorAt(double x, double y) {
        Viewport current = viewport.get();
        if (current == null || lonLat == null) {
            return;
        }
        var world = current.toWorld(x, y);
        double[] position = lonLat.apply(new double[] {world.getX(), world.getY()});
        cursorPosition.set(String.format("%.5f°E  %.5f°N", position[0], position[1]));
    }

    /** Zooms by a factor around a point of the view (the wheel); false when there is no map to zoom. */
    boolean zoomAround(double x, double y, double factor) {
        Viewport current = viewport.get();
        if (current == null) {
            return false;
        }
        fitted = null;
        viewport.set(current.zoomAround(x, y, factor));
        return true;
    }
}
