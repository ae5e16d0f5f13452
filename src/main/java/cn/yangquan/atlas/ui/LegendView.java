package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.MapComposition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The legend of what the window's map shows, top layer first: the session's {@link MapComposition} legend for the
 * viewport's extent, the same rule the slides and exported pages follow. It follows the viewport when the map has
 * settled on it, not at every step of a gesture: finding the layers with a feature in view queries each of them.
 */
public final class LegendView extends VBox {
    private final MapSession session;
    private final Messages messages;
    /** Visibility properties the legend already follows; a new map only adds listeners for new ones. */
    private final Set<Object> followed = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<MapLayer> shown = List.of();

    /** @param mapSettled true while the map shows the finished drawing of the session's viewport */
    public LegendView(MapSession session, ObservableValue<Boolean> mapSettled) {
        this.session = session;
        this.messages = session.messages();
        setId("legend");
        setSpacing(3);
        setStyle("-fx-padding: 6;");
        session.layers().order().addListener((ListChangeListener<String>) change -> rebuild());
        session.mapProperty().addListener((obs, old, map) -> {
            for (MapLayer layer : map.layers()) {
                var visible = session.layers().visibleProperty(layer.id());
                if (followed.add(visible)) {
                    visible.addListener((o, was, now) -> rebuild());
                }
            }
            shown = null;
            rebuild();
        });
        mapSettled.addListener((obs, was, settled) -> {
            if (settled) {
                rebuild();
            }
        });
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
        if (session.map() == null) {
            return;
        }
        MapComposition composition = session.composition();
        Viewport viewport = session.viewportProperty().get();
        List<MapLayer> entries = composition.legend(viewport == null ? null : viewport.extent());
        if (entries.equals(shown)) {
            return;
        }
        shown = entries;
        getChildren().clear();
        Label heading = new Label(messages.get("legend.title"));
        heading.setStyle("-fx-font-weight: bold;");
        getChildren().add(heading);
        for (MapLayer layer : entries) {
            getChildren().add(new HBox(6, new ImageView(Swatches.of(layer, composition.groundColour())),
                    new Label(layer.title(messages.english()))));
        }
    }
}
