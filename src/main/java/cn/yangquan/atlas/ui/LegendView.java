package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The legend of the visible layers, top layer first, generated from their styles. */
public final class LegendView extends VBox {
    private final LayerStateModel model;
    private final Messages messages;
    private AtlasMap map;
    /** Visibility properties the legend already follows; a new map only adds listeners for new ones. */
    private final java.util.Set<Object> followed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public LegendView(LayerStateModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("legend");
        setSpacing(3);
        setStyle("-fx-padding: 6;");
        model.order().addListener((ListChangeListener<String>) change -> rebuild());
    }

    public void setMap(AtlasMap newMap) {
        this.map = newMap;
        for (MapLayer layer : newMap.layers()) {
            var visible = model.visibleProperty(layer.id());
            if (followed.add(visible)) {
                visible.addListener((obs, old, now) -> rebuild());
            }
        }
        rebuild();
    }

    /** Titles of the entries shown, top first. */
    public List<String> entries() {
        List<String> titles = new ArrayList<>();
        for (var child : getChildren()) {
            if (child instanceof HBox row && row.getChildren().size() == 2 && row.getChildren().get(1) instanceof Label label) {
                titles.add(label.getText());
            }
        }
        return titles;
    }

    private void rebuild() {
        if (map == null) {
            return;
        }
        getChildren().clear();
        Label heading = new Label(messages.get("legend.title"));
        heading.setStyle("-fx-font-weight: bold;");
        getChildren().add(heading);
        List<String> order = new ArrayList<>(model.order());
        java.util.Collections.reverse(order);
        for (String id : order) {
            MapLayer layer = map.layer(id).orElse(null);
            if (layer == null || !model.visibleProperty(id).get() || layer.kind() == MapLayer.Kind.LABEL) {
                continue;
            }
            HBox row = new HBox(6, new ImageView(Swatches.of(layer)), new Label(layer.title(messages.english())));
            getChildren().add(row);
        }
    }
}
