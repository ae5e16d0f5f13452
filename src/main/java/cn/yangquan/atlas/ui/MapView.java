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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
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
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.locationtech.jts.geom.Envelope;

/**
 * The map: one image per layer, stacked in drawing order. Toggling, reordering and fading a layer only changes its
 * image view. During a drag or wheel zoom each image is moved and scaled by a transform from the viewport it was
 * drawn for to the current one, so gestures stay smooth; a real repaint follows shortly after the gesture ends.
 */
public final class MapView extends Pane {
    private static final String SELECTION = SelectionOverlay.ID;
    private static final String FURNITURE = "__furniture";
    private static final double DRAG_THRESHOLD = 3;

    private final MapRenderer renderer;
    private final MapComposer composer;
    private final double pixelScale;
    private final RenderScheduler scheduler = new RenderScheduler();
    private final Pane layerPane = new Pane();
    private final ImageView selectionView = new ImageView();
    private final ImageView furnitureView = new ImageView();
    private final Map<String, ImageView> layerViews = new LinkedHashMap<>();
    private final Map<ImageView, Viewport> drawnFor = new HashMap<>();
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
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;

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
            updateTransforms();
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
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Shows a new map as the composition says (order, visibility, opacity), with notes on the map. */
    public void setContent(AtlasMap newMap, MapComposition newComposition, List<String> mapNotes) {
        this.map = newMap;
        this.notes = List.copyOf(mapNotes);
        layerViews.clear();
        drawnFor.clear();
        for (MapLayer layer : newMap.layers()) {
            ImageView view = new ImageView();
            view.setId("layer-" + layer.id());
            view.setMouseTransparent(true);
            layerViews.put(layer.id(), view);
        }
        this.composition = null;
        showComposition(newComposition);
        if (viewport.get() != null) {
            repaint();
        }
    }

    /**
     * Restacks, shows, hides and fades the layer images as the composition says; the names are drawn again when the
     * symbols they keep clear of change.
     */
    public void showComposition(MapComposition next) {
        boolean symbolsChanged = composition != null && !composition.symbolLayers().equals(next.symbolLayers());
        this.composition = next;
        List<ImageView> stacked = new ArrayList<>();
        for (MapLayer layer : next.layers()) {
            ImageView view = layerViews.get(layer.id());
            if (view != null) {
                stacked.add(view);
                view.setVisible(next.drawn(layer.id()));
                view.setOpacity(next.state(layer.id()).orElseThrow().opacity());
            }
        }
        layerPane.getChildren().setAll(stacked);
        if (symbolsChanged && viewport.get() != null) {
            map.layer(PlanMapBuilder.LABELS).ifPresent(labels -> {
                Viewport target = viewport.get();
                scheduler.requestExtra(new RenderScheduler.Job(labels.id(), cancelled -> draw(labels, target, cancelled)),
                        (id, image) -> show(id, image, target));
            });
        }
    }

    /** Sets the notes the map carries (bottom right) and draws them. */
    public void setNotes(List<String> mapNotes) {
        this.notes = List.copyOf(mapNotes);
        Viewport target = viewport.get();
        if (target != null) {
            scheduler.requestExtra(new RenderScheduler.Job(FURNITURE, cancelled -> furniture(target)),
                    (id, image) -> show(id, image, target));
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
        for (MapLayer layer : map.layers()) {
            jobs.add(new RenderScheduler.Job(layer.id(), cancelled -> draw(layer, target, cancelled)));
        }
        jobs.add(new RenderScheduler.Job(FURNITURE, cancelled -> furniture(target)));
        selectionJob(target).ifPresent(jobs::add);
        settled.set(false);
        scheduler.request(jobs, (id, image) -> show(id, image, target), () -> {
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
        scheduler.requestExtra(job.get(), (id, image) -> show(id, image, target));
    }

    /** The selected township and the highlighted features, drawn by their kind of geometry in one image. */
    private Optional<RenderScheduler.Job> selectionJob(Viewport target) {
        List<Feature> features = new ArrayList<>(highlighted.get());
        selectedFeature().ifPresent(features::add);
        List<MapLayer> overlays = SelectionOverlay.layers(features);
        return overlays.isEmpty() ? Optional.empty() : Optional.of(new RenderScheduler.Job(SELECTION, cancelled -> image(target,
                g -> overlays.forEach(layer -> renderer.paintLayer(g, layer, target, pixelScale, cancelled)))));
    }

    private BufferedImage draw(MapLayer layer, Viewport target, BooleanSupplier cancelled) {
        List<MapLayer> symbols = composition == null ? List.of() : composition.symbolLayers();
        return renderer.renderLayer(layer, target, pixelScale, symbols, cancelled);
    }

    private BufferedImage furniture(Viewport target) {
        return image(target, g -> composer.paintFurniture(g, target, pixelScale, notes));
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

    private void show(String id, BufferedImage image, Viewport drawn) {
        ImageView view = switch (id) {
            case SELECTION -> selectionView;
            case FURNITURE -> furnitureView;
            default -> layerViews.get(id);
        };
        if (view == null) {
            return;
        }
        view.setImage(FxImages.share(image));
        drawnFor.put(view, drawn);
        updateTransform(view);
    }

    private void updateTransforms() {
        layerViews.values().forEach(this::updateTransform);
        updateTransform(selectionView);
    }

    /** Maps an image drawn for one viewport onto the current one: a scale and a shift. */
    private void updateTransform(ImageView view) {
        Viewport drawn = drawnFor.get(view);
        Viewport current = viewport.get();
        if (drawn == null || current == null || view == furnitureView) {
            view.getTransforms().clear();
            return;
        }
        double scale = drawn.metresPerPixel() / current.metresPerPixel();
        var origin = current.toScreen(drawn.toWorld(0, 0).getX(), drawn.toWorld(0, 0).getY());
        view.getTransforms().setAll(new Affine(scale, 0, origin.getX(), 0, scale, origin.getY()));
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        pressX = lastDragX = event.getX();
        pressY = lastDragY = event.getY();
        dragged = false;
    }

    private void dragged(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        setCursor(Cursor.CLOSED_HAND);
        panByPixels(event.getX() - lastDragX, event.getY() - lastDragY);
        lastDragX = event.getX();
        lastDragY = event.getY();
    }

    private void released(MouseEvent event) {
        setCursor(Cursor.DEFAULT);
        if (!dragged && event.getButton() == MouseButton.PRIMARY) {
            onMapClick.accept(event.getX(), event.getY());
        }
    }

    private void moved(MouseEvent event) {
        Viewport current = viewport.get();
        if (current == null || lonLat == null) {
            return;
        }
        var world = current.toWorld(event.getX(), event.getY());
        double[] position = lonLat.apply(new double[] {world.getX(), world.getY()});
        cursorPosition.set(String.format("%.5f°E  %.5f°N", position[0], position[1]));
    }

    private void scrolled(ScrollEvent event) {
        Viewport current = viewport.get();
        if (current == null || event.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.2, event.getDeltaY() / 40.0);
        fitted = null;
        viewport.set(current.zoomAround(event.getX(), event.getY(), factor));
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        double step = Math.min(getWidth(), getHeight()) / 8;
        switch (event.getCode()) {
            case LEFT -> panByPixels(step, 0);
            case RIGHT -> panByPixels(-step, 0);
            case UP -> panByPixels(0, step);
            case DOWN -> panByPixels(0, -step);
            case PLUS, EQUALS, ADD -> zoomBy(1.5);
            case MINUS, SUBTRACT -> zoomBy(1 / 1.5);
            case HOME -> home();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
