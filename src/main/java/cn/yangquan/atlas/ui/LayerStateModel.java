package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.LayerState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the layer stack: drawing order (bottom first), visibility and opacity of each layer, as observable
 * properties the layer tree, legend and map view bind to. Holds no controls; unit-tested without a screen.
 */
public final class LayerStateModel {
    private final ObservableList<String> order = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> visible = new LinkedHashMap<>();
    private final Map<String, DoubleProperty> opacity = new LinkedHashMap<>();

    public LayerStateModel(List<LayerState> states) {
        for (LayerState state : states) {
            order.add(state.layerId());
            visible.put(state.layerId(), new SimpleBooleanProperty(state.visible()));
            opacity.put(state.layerId(), new SimpleDoubleProperty(state.opacity()));
        }
    }

    /** Layer ids, bottom first. */
    public ObservableList<String> order() {
        return order;
    }

    public BooleanProperty visibleProperty(String layerId) {
        return visible.computeIfAbsent(layerId, id -> new SimpleBooleanProperty(true));
    }

    public DoubleProperty opacityProperty(String layerId) {
        return opacity.computeIfAbsent(layerId, id -> new SimpleDoubleProperty(1));
    }

    /**
     * Adds layers (a user's file, a thematic map) just below the labels, so that township names stay readable;
     * layers already present keep their place.
     */
    public void addBelowLabels(List<String> layerIds, String labelsId) {
        List<String> next = new ArrayList<>(order);
        int at = next.contains(labelsId) ? next.indexOf(labelsId) : next.size();
        for (String id : layerIds) {
            if (!next.contains(id)) {
                next.add(at++, id);
                visibleProperty(id);
                opacityProperty(id);
            }
        }
        order.setAll(next);
    }

    /** Removes layers (a replaced thematic map). */
    public void remove(List<String> layerIds) {
        order.removeAll(layerIds);
        layerIds.forEach(id -> {
            visible.remove(id);
            opacity.remove(id);
        });
    }

    /** Moves a layer to draw just above another. */
    public void moveAbove(String layerId, String otherId) {
        if (layerId.equals(otherId) || !order.contains(layerId) || !order.contains(otherId)) {
            return;
        }
        List<String> next = new ArrayList<>(order);
        next.remove(layerId);
        next.add(next.indexOf(otherId) + 1, layerId);
        order.setAll(next);
    }

    /** Moves a layer to draw just below another. */
    public void moveBelow(String layerId, String otherId) {
        if (layerId.equals(otherId) || !order.contains(layerId) || !order.contains(otherId)) {
            return;
        }
        List<String> next = new ArrayList<>(order);
        next.remove(layerId);
        next.add(next.indexOf(otherId), layerId);
        order.setAll(next);
    }

    public List<LayerState> states() {
        return order.stream().map(id -> new LayerState(id, visibleProperty(id).get(),
                Math.max(0, Math.min(1, opacityProperty(id).get())))).toList();
    }

    /**
     * Applies saved states (a view): the layers named take their order, visibility and, unless {@code keepOpacity},
     * opacity; layers the states do not name are hidden and go on top, as the view's composition draws them.
     */
    public void apply(List<LayerState> states, boolean keepOpacity) {
        List<String> next = new ArrayList<>();
        for (LayerState state : states) {
            if (order.contains(state.layerId()) && !next.contains(state.layerId())) {
                next.add(state.layerId());
                visibleProperty(state.layerId()).set(state.visible());
                if (!keepOpacity) {
                    opacityProperty(state.layerId()).set(state.opacity());
                }
            }
        }
        order.stream().filter(id -> !next.contains(id)).forEach(id -> {
            visibleProperty(id).set(false);
            next.add(id);
        });
        order.setAll(next);
    }
}
