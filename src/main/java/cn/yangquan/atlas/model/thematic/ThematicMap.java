package cn.yangquan.atlas.model.thematic;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.register.Target;
import cn.yangquan.atlas.model.register.TargetKind;
import cn.yangquan.atlas.model.register.TargetScope;
import cn.yangquan.atlas.model.register.TargetValue;
import cn.yangquan.atlas.model.style.LayerStyle;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of townships by one statistics column: one area layer per class, titled with its bounds, so the
 * layer tree, legend and exports show the classes like any other layer. Also "progress to target": a township's value
 * divided by the township's own register target for the same indicator, in fixed bands.
 */
public final class ThematicMap {
    public static final String GROUP = "thematic";
    /** Fixed progress bands: below half, half to 80 %, 80 % to target, target reached. */
    public static final double[] PROGRESS_BOUNDS = {0, 0.5, 0.8, 1.0};

    private ThematicMap() {
    }

    /** The result: the class layers (bottom first) and their tree group. */
    public record Result(List<MapLayer> layers, LayerGroupInfo group) {
    }

    public static Result classify(AtlasMap map, DataTable table, StatisticsJoin join, String column,
                                  ClassificationMethod method, int classes, ColorRamp ramp) {
        Map<String, Double> values = values(table, join, column);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " has no numeric value for a joined township");
        }
        Classification classification = Classification.of(method, values.values().stream().mapToDouble(Double::doubleValue).toArray(), classes);
        List<Color> colors = ramp.colors(classification.classCount());
        DecimalFormat format = new DecimalFormat("#,##0.##");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < classification.classCount(); i++) {
            String low = format.format(classification.bounds().get(i));
            String high = format.format(classification.bounds().get(i + 1));
            titles.add(column + " " + (low.equals(high) ? low : low + " – " + high));
        }
        return build(map, column, values, titles, colors, classification::classOf);
    }

    /**
     * The townships' own targets for the column's indicator, by township code: register targets of kind
     * {@link TargetKind#TARGET} scoped to one township, with a numeric target. A city's, county's or layer's figure is
     * never a township's goal, so it is not used here; empty when no township has its own target for the indicator.
     */
    public static Map<String, Target> ownTargets(AtlasMap map, String column) {
        List<Target> targets = new ArrayList<>();
        map.register().allLayers().forEach(l -> targets.addAll(l.targets()));
        map.register().programmes().forEach(p -> targets.addAll(p.targets()));
        Map<String, Target> byTownship = new LinkedHashMap<>();
        targets.stream().filter(t -> t.indicator().equals(column.strip()) && t.kind() == TargetKind.TARGET
                        && t.scope() != null && t.scope().level() == TargetScope.Level.TOWNSHIP && t.scope().code() != null)
                .filter(t -> TargetValue.parse(t.target()).map(TargetValue::numeric).orElse(false))
                .forEach(t -> byTownship.putIfAbsent(t.scope().code(), t));
        return byTownship;
    }

    /**
     * Each township's value divided by its own target ({@link #ownTargets}), in the fixed bands; townships without a
     * target of their own are left out.
     */
    public static Result progress(AtlasMap map, DataTable table, StatisticsJoin join, String column,
                                  Map<String, Target> ownTargets) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        values(table, join, column).forEach((code, value) -> {
            Target target = ownTargets.get(code);
            if (target != null) {
                ratios.put(code, value / TargetValue.parse(target.target()).filter(TargetValue::numeric).orElseThrow().number());
            }
        });
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " has no value for a township with its own target");
        }
        List<String> titles = List.of(column + " < 50%", column + " 50–80%", column + " 80–100%", column + " ≥ 100%");
        List<Color> colors = ColorRamp.YL_GN_BU.colors(4);
        return build(map, column, ratios, titles, colors, ratio -> {
            int band = 0;
            for (int i = 1; i < PROGRESS_BOUNDS.length; i++) {
                if (ratio >= PROGRESS_BOUNDS[i]) {
                    band = i;
                }
            }
            return band;
        });
    }

    private static Map<String, Double> values(DataTable table, StatisticsJoin join, String column) {
        int index = table.columnIndex(column);
        if (index < 0) {
            throw new IllegalArgumentException(table.name() + " has no column " + column);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        join.rowByTownship().forEach((code, row) -> table.number(row, index).ifPresent(v -> values.put(code, v)));
        return values;
    }

    private static Result build(AtlasMap map, String column, Map<String, Double> values, List<String> titles,
                                List<Color> colors, java.util.function.DoubleToIntFunction classOf) {
        List<List<Feature>> byClass = new ArrayList<>();
        titles.forEach(t -> byClass.add(new ArrayList<>()));
        values.forEach((code, value) -> map.join().feature(code).ifPresent(boundary -> {
            Map<String, Object> attributes = new LinkedHashMap<>(boundary.attributes());
            attributes.put("register_code", code);
            attributes.put(column, value);
            byClass.get(classOf.applyAsInt(value)).add(new Feature(GROUP + "/" + code, boundary.geometry(), attributes));
        }));
        List<MapLayer> layers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String id = GROUP + "-" + (i + 1);
            LayerStyle style = new LayerStyle(colors.get(i), new Color(0x55, 0x55, 0x55), 0.8f, null, null, null, 8f,
                    null, null, 0f, null);
            layers.add(new MapLayer(id, titles.get(i), titles.get(i), GROUP, MapLayer.Kind.AREA,
                    new FeatureCollection(id, byClass.get(i)), style, 0));
            ids.add(id);
        }
        return new Result(layers, new LayerGroupInfo(GROUP, "专题图：" + column, "Thematic: " + column, ids));
    }
}
