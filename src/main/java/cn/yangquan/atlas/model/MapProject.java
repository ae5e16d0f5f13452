package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.evaluation.Actual;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The saved state of a map: layer order (first is drawn at the bottom), visibility and opacity
 * of each layer, the last extent (map CRS metres), if any, and the saved views for meetings
 * (null when the user never edited them, so the register's preset views apply), the actual values entered
 * for the plan's evaluation by figure id (kept here, never in the register), and the sources of the user's
 * own layers, read again on the next start.
 */
public record MapProject(String title, List<LayerState> layers, Envelope extent, List<SavedView> views,
                         Map<String, Actual> actuals, List<UserLayerSource> userLayers) {
    public MapProject {
        layers = List.copyOf(layers);
        extent = extent == null ? null : new Envelope(extent);
        views = views == null ? null : List.copyOf(views);
        actuals = actuals == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actuals));
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    public MapProject(String title, List<LayerState> layers, Envelope extent, List<SavedView> views,
                      Map<String, Actual> actuals) {
        this(title, layers, extent, views, actuals, List.of());
    }

    public MapProject(String title, List<LayerState> layers, Envelope extent, List<SavedView> views) {
        this(title, layers, extent, views, null, List.of());
    }

    public MapProject(String title, List<LayerState> layers, Envelope extent) {
        this(title, layers, extent, null);
    }

    public Optional<LayerState> state(String layerId) {
        return layers.stream().filter(s -> s.layerId().equals(layerId)).findFirst();
    }

    public List<String> order() {
        return layers.stream().map(LayerState::layerId).toList();
    }

    /**
     * Aligns this project with the layers the atlas actually has: unknown entries are dropped, missing layers
     * are inserted at the position {@code defaults} gives them, with the default state.
     */
    public MapProject reconciledWith(List<LayerState> defaults) {
        Map<String, LayerState> saved = new LinkedHashMap<>();
        layers.forEach(s -> saved.put(s.layerId(), s));
        List<String> known = defaults.stream().map(LayerState::layerId).toList();
        List<LayerState> result = new ArrayList<>();
        for (LayerState state : layers) {
            if (known.contains(state.layerId())) {
                result.add(state);
            }
        }
        for (int i = 0; i < defaults.size(); i++) {
            LayerState fallback = defaults.get(i);
            if (!saved.containsKey(fallback.layerId())) {
                result.add(Math.min(insertionIndex(result, defaults, i), result.size()), fallback);
            }
        }
        return new MapProject(title, result, extent, views, actuals, userLayers);
    }

    private static int insertionIndex(List<LayerState> current, List<LayerState> defaults, int defaultIndex) {
        for (int j = defaultIndex - 1; j >= 0; j--) {
            String before = defaults.get(j).layerId();
            for (int k = 0; k < current.size(); k++) {
                if (current.get(k).layerId().equals(before)) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    public MapProject withLayers(List<LayerState> newLayers) {
        return new MapProject(title, newLayers, extent, views, actuals, userLayers);
    }

    public MapProject withExtent(Envelope newExtent) {
        return new MapProject(title, layers, newExtent, views, actuals, userLayers);
    }

    public MapProject withViews(List<SavedView> newViews) {
        return new MapProject(title, layers, extent, newViews, actuals, userLayers);
    }

    public MapProject withActuals(Map<String, Actual> newActuals) {
        return new MapProject(title, layers, extent, views, newActuals, userLayers);
    }

    public MapProject withUserLayers(List<UserLayerSource> sources) {
        return new MapProject(title, layers, extent, views, actuals, sources);
    }
}
