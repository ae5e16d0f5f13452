package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * What a map shows for a set of layer states: the one rule behind the window's map and legend, the slides, the
 * exported pages and {@code render}.
 * <ul>
 *   <li>Layers are drawn in the order of the states (bottom first). A layer the states do not name is not drawn: a
 *       saved view shows what it names, so a layer added later does not leak into it.</li>
 *   <li>The legend lists the drawn layers, top first, except the labels and layers with nothing to draw; given an
 *       extent, only layers with a feature there.</li>
 *   <li>Drawn plan layers without a feature are reported as {@link #empty()}, so every target can say on the map why
 *       the layer shows nothing.</li>
 * </ul>
 *
 * @param layers the layers in drawing order (bottom first), each with its state; hidden layers included, so that
 *               a window can keep their images
 * @param states one state per layer of {@code layers}, in the same order
 */
public record MapComposition(List<MapLayer> layers, List<LayerState> states) {
    public MapComposition {
        layers = List.copyOf(layers);
        states = List.copyOf(states);
    }

    /** Composes a map for the given states; unknown ids are ignored, layers not named are hidden (at the top). */
    public static MapComposition of(AtlasMap map, List<LayerState> states) {
        Map<String, LayerState> named = new LinkedHashMap<>();
        for (LayerState state : states) {
            if (map.layer(state.layerId()).isPresent()) {
                named.putIfAbsent(state.layerId(), state);
            }
        }
        List<MapLayer> ordered = new ArrayList<>();
        List<LayerState> orderedStates = new ArrayList<>();
        for (LayerState state : named.values()) {
            ordered.add(map.layer(state.layerId()).orElseThrow());
            orderedStates.add(state);
        }
        for (MapLayer layer : map.layers()) {
            if (!named.containsKey(layer.id())) {
                ordered.add(layer);
                orderedStates.add(new LayerState(layer.id(), false, 1));
            }
        }
        return new MapComposition(ordered, orderedStates);
    }

    /** The state of a layer of this composition. */
    public Optional<LayerState> state(String layerId) {
        return states.stream().filter(s -> s.layerId().equals(layerId)).findFirst();
    }

    /** Whether the layer is drawn: named, visible and not fully transparent. */
    public boolean drawn(String layerId) {
        return state(layerId).map(s -> s.visible() && s.opacity() > 0).orElse(false);
    }

    /** The drawn layers, bottom first. */
    public List<MapLayer> drawnLayers() {
        return layers.stream().filter(l -> drawn(l.id())).toList();
    }

    /** The legend for the whole map: drawn layers with something to draw, top first, without labels. */
    public List<MapLayer> legend() {
        return legend(null);
    }

    /**
     * The legend of what a frame showing {@code extent} (map metres) shows: drawn layers with a feature there, top
     * first, without labels; a null extent means the whole map.
     */
    public List<MapLayer> legend(Envelope extent) {
        List<MapLayer> entries = new ArrayList<>();
        for (MapLayer layer : drawnLayers()) {
            boolean hasFeatures = extent == null ? layer.features().size() > 0 : !layer.features().query(extent).isEmpty();
            if (layer.kind() != MapLayer.Kind.LABEL && hasFeatures) {
                entries.add(0, layer);
            }
        }
        return entries;
    }

    /** Drawn plan layers that have no feature at all (the plan names no township for them), top first. */
    public List<MapLayer> empty() {
        List<MapLayer> empty = new ArrayList<>();
        for (MapLayer layer : drawnLayers()) {
            if (layer.kind() != MapLayer.Kind.LABEL && layer.features().size() == 0) {
                empty.add(0, layer);
            }
        }
        return empty;
    }

    /** The drawn marker and point layers, whose symbols labels must keep clear of. */
    public List<MapLayer> symbolLayers() {
        return drawnLayers().stream().filter(l -> l.kind() == MapLayer.Kind.MARKER || l.kind() == MapLayer.Kind.POINT)
                .toList();
    }

    /**
     * The colour a translucent area swatch is laid on so that it shows the colour the map shows: the township base
     * fill when it is drawn, else none.
     */
    public Color groundColour() {
        return layers.stream().filter(l -> l.id().equals(PlanMapBuilder.TOWNSHIPS) && drawn(l.id()))
                .map(l -> l.style().fill()).filter(c -> c != null).findFirst().orElse(null);
    }
}
