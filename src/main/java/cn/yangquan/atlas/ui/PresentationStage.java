package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapRenderer;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;

/**
 * Full-screen, map-only presentation of the saved views, on a second screen when there is one. PageDown or Right
 * shows the next view, PageUp or Left the previous, Esc leaves. Title, caption and legend are larger than on the
 * workstation, and the map draws its lines, symbols and names larger too, so a projector shows them.
 */
public final class PresentationStage {
    /** Text and line size factor for a projector. */
    public static final double PROJECTOR_SCALE = 1.6;

    private final Stage stage = new Stage();
    private final MapView mapView;
    private final Label title = new Label();
    private final Label caption = new Label();
    private final VBox legend = new VBox(4);
    private final List<SavedView> views;
    private final AtlasMap map;
    private final MapSession session;
    private final Messages messages;
    private final SimpleIntegerProperty index = new SimpleIntegerProperty(-1);

    /** Presents the session's views on its map; when it closes, the window shows the view presented last. */
    public PresentationStage(Window owner, MapSession session, MapRenderer renderer) {
        this.session = session;
        this.map = session.map();
        this.views = List.copyOf(session.views());
        this.messages = session.messages();
        this.mapView = new MapView(renderer, PROJECTOR_SCALE);
        mapView.setId("presentation-map");
        MapComposition first = MapComposition.of(map, views.isEmpty() ? List.of() : views.get(0).layers());
        mapView.setContent(map, first, notes(first));
        title.setId("presentation-title");
        title.setStyle("-fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: #1E1E1E;");
        caption.setId("presentation-caption");
        caption.setStyle("-fx-font-size: 20px; -fx-text-fill: #333333;");
        caption.setWrapText(true);
        VBox header = new VBox(4, title, caption);
        header.setPadding(new Insets(14, 24, 14, 24));
        header.setStyle("-fx-background-color: rgba(255,255,255,0.88);");
        header.setMaxHeight(Region.USE_PREF_SIZE);
        header.setMouseTransparent(true);
        legend.setId("presentation-legend");
        legend.setPadding(new Insets(12));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #888888;");
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        StackPane root = new StackPane(mapView, header, legend);
        // The extent is fitted below the title and caption, so they cover none of it.
        mapView.headerHeightProperty().bind(header.heightProperty());
        // The header leaves the top-right corner to the north arrow.
        header.maxWidthProperty().bind(root.widthProperty().multiply(0.8));
        StackPane.setAlignment(header, Pos.TOP_LEFT);
        StackPane.setAlignment(legend, Pos.CENTER_RIGHT);
        StackPane.setMargin(legend, new Insets(0, 24, 0, 0));
        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(messages.get("views.present"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        List<Screen> screens = Screen.getScreens();
        Rectangle2D bounds = (screens.size() > 1 ? screens.get(1) : Screen.getPrimary()).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setOnHidden(e -> {
            mapView.shutdown();
            // Back in the window, the map and the views list show the view presented last.
            if (index.get() >= 0) {
                session.applyView(views.get(index.get()));
            }
        });
    }

    public void show(int startIndex) {
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        showView(Math.max(0, Math.min(views.size() - 1, startIndex)));
    }

    public Stage stage() {
        return stage;
    }

    public MapView mapView() {
        return mapView;
    }

    /**
     * Leaves full screen, then closes: a platform that restores window sizes when full screen ends (Monocle) would
     * otherwise hand the owner window the size it kept for this one.
     */
    public void close() {
        stage.setFullScreen(false);
        stage.close();
    }

    /** The index of the view on screen. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public String title() {
        return title.getText();
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case PAGE_DOWN, RIGHT, SPACE -> showView(index.get() + 1);
            case PAGE_UP, LEFT, BACK_SPACE -> showView(index.get() - 1);
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void showView(int newIndex) {
        if (views.isEmpty() || newIndex < 0 || newIndex >= views.size()) {
            return;
        }
        index.set(newIndex);
        SavedView view = views.get(newIndex);
        title.setText(view.title());
        caption.setText(view.caption());
        MapComposition composition = MapComposition.of(map, view.layers());
        mapView.showComposition(composition);
        mapView.setNotes(notes(composition));
        mapView.selectedCodeProperty().set(view.selectedTownship());
        Envelope extent = view.extent() == null ? map.extent() : view.extent();
        // Fitted again when the full-screen stage takes its final size, so the first slide is not drawn small.
        mapView.showExtent(extent);
        legend.getChildren().setAll(new Label(messages.get("legend.title")));
        legend.getChildren().get(0).setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        for (MapLayer layer : composition.legend(extent)) {
            ImageView swatch = new ImageView(Swatches.of(layer, composition.groundColour()));
            swatch.setFitWidth(Swatches.WIDTH * 1.6);
            swatch.setFitHeight(Swatches.HEIGHT * 1.6);
            Label name = new Label(layer.title(messages.english()));
            name.setStyle("-fx-font-size: 18px;");
            HBox row = new HBox(8, swatch, name);
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
    }

    /** Titles of the legend's entries on the slide, top first. */
    public List<String> legendEntries() {
        return legend.getChildren().stream().filter(HBox.class::isInstance)
                .map(row -> ((Label) ((HBox) row).getChildren().get(1)).getText()).toList();
    }

    private List<String> notes(MapComposition composition) {
        return MapNotes.compact(messages, map.boundaries(), composition.empty());
    }
}
