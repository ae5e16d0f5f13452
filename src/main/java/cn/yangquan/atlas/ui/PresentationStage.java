package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.MapRenderer;
import java.util.ArrayList;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

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
    private final Messages messages;
    private final SimpleIntegerProperty index = new SimpleIntegerProperty(-1);

    public PresentationStage(Window owner, AtlasMap map, MapRenderer renderer, List<SavedView> views, List<String> notes,
                             Messages messages) {
        this.map = map;
        this.views = List.copyOf(views);
        this.messages = messages;
        this.mapView = new MapView(renderer, PROJECTOR_SCALE);
        mapView.setId("presentation-map");
        mapView.setContent(map, map.layers().stream().map(MapLayer::id).toList(), notes);
        title.setId("presentation-title");
        title.setStyle("-fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: #1E1E1E;");
        caption.setId("presentation-caption");
        caption.setStyle("-fx-font-size: 20px; -fx-text-fill: #333333;");
        caption.setWrapText(true);
        VBox header = new VBox(4, title, caption);
        header.setPadding(new Insets(14, 24, 14, 24));
        header.setStyle("-fx-background-color: rgba(255,255,255,0.88);");
        header.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.setMouseTransparent(true);
        legend.setId("presentation-legend");
        legend.setPadding(new Insets(12));
        legend.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #888888;");
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        StackPane root = new StackPane(mapView, header, legend);
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
        stage.setOnHidden(e -> mapView.shutdown());
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
            case ESCAPE -> stage.close();
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
        List<String> order = new ArrayList<>();
        for (LayerState state : view.layers()) {
            order.add(state.layerId());
            mapView.setLayerVisible(state.layerId(), state.visible());
            mapView.setLayerOpacity(state.layerId(), state.opacity());
        }
        mapView.setOrder(order);
        mapView.selectedCodeProperty().set(view.selectedTownship());
        if (mapView.getWidth() > 0) {
            mapView.showExtent(view.extent() == null ? map.extent() : view.extent());
        } else {
            mapView.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.doubleValue() > 0) {
                        mapView.widthProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> mapView.showExtent(
                                views.get(index.get()).extent() == null ? map.extent() : views.get(index.get()).extent()));
                    }
                }
            });
        }
        legend.getChildren().setAll(new Label(messages.get("legend.title")));
        legend.getChildren().get(0).setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        List<LayerState> reversed = new ArrayList<>(view.layers());
        java.util.Collections.reverse(reversed);
        for (LayerState state : reversed) {
            map.layer(state.layerId()).filter(l -> state.visible() && l.kind() != MapLayer.Kind.LABEL && l.features().size() > 0)
                    .ifPresent(layer -> {
                        ImageView swatch = new ImageView(Swatches.of(layer));
                        swatch.setFitWidth(Swatches.WIDTH * 1.6);
                        swatch.setFitHeight(Swatches.HEIGHT * 1.6);
                        Label name = new Label(layer.title(messages.english()));
                        name.setStyle("-fx-font-size: 18px;");
                        HBox row = new HBox(8, swatch, name);
                        row.setAlignment(Pos.CENTER_LEFT);
                        legend.getChildren().add(row);
                    });
        }
    }
}
