package cn.yangquan.atlas.model.evaluation;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.register.TargetScope;
import cn.yangquan.atlas.model.style.Dash;
import cn.yangquan.atlas.model.style.LayerStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation layer: each township and each county coloured by the status of its own targets (those whose scope
 * is that township or county, not those of the layers and programmes it belongs to). A place with targets is
 * <ul>
 * <li>{@link PlaceStatus#ALL_MET} when at least one is assessed and every assessed one is met;</li>
 * <li>{@link PlaceStatus#SOME_NOT_MET} when an assessed one is nearly met or not met;</li>
 * <li>{@link PlaceStatus#NONE_ASSESSED} when none has an actual value or judgement.</li>
 * </ul>
 * Townships are filled; counties are drawn as wide outlines in the same colours, so both read at once. A place
 * without targets of its own is not drawn.
 */
public final class EvaluationMap {
    public static final String GROUP = "evaluation";
    /** Colours that stay apart in greyscale and for colour-blind viewers: blue, orange, grey. */
    public static final Map<PlaceStatus, Color> COLOURS = Map.of(
            PlaceStatus.ALL_MET, new Color(0x2B, 0x83, 0xBA),
            PlaceStatus.SOME_NOT_MET, new Color(0xE6, 0x55, 0x0D),
            PlaceStatus.NONE_ASSESSED, new Color(0xB0, 0xB0, 0xB0));

    private EvaluationMap() {
    }

    /** A place's status from its own targets. */
    public enum PlaceStatus { ALL_MET, SOME_NOT_MET, NONE_ASSESSED }

    /** The layers (bottom first: townships, then counties) and their tree group. */
    public record Result(List<MapLayer> layers, LayerGroupInfo group) {
    }

    /**
     * The status of each place of the level that has targets of its own, by code (township codes as the register
     * gives them; counties by 6-digit code).
     */
    public static Map<String, PlaceStatus> statuses(EvaluationResult result, TargetScope.Level level) {
        Map<String, List<Evaluation>> byPlace = new LinkedHashMap<>();
        for (Evaluation evaluation : result.evaluations()) {
            Figure figure = evaluation.figure();
            if (figure.level() == level && figure.scopeCode() != null) {
                byPlace.computeIfAbsent(figure.scopeCode(), k -> new ArrayList<>()).add(evaluation);
            }
        }
        Map<String, PlaceStatus> statuses = new LinkedHashMap<>();
        byPlace.forEach((code, list) -> statuses.put(code, of(list)));
        return statuses;
    }

    static PlaceStatus of(List<Evaluation> evaluations) {
        if (evaluations.stream().anyMatch(e -> e.status().missed())) {
            return PlaceStatus.SOME_NOT_MET;
        }
        return evaluations.stream().anyMatch(e -> e.status() == Status.MET) ? PlaceStatus.ALL_MET : PlaceStatus.NONE_ASSESSED;
    }

    /**
     * Builds the layers.
     *
     * @param townshipTitles layer titles for townships all met, some not met, none assessed
     * @param countyTitles   the same for counties
     * @param groupTitle     the tree group's title
     * @param rules          the rules in words, carried by every feature so that identify shows them
     */
    public static Result build(AtlasMap map, EvaluationResult result, List<String> townshipTitles,
                               List<String> countyTitles, String groupTitle, String rules) {
        List<MapLayer> layers = new ArrayList<>();
        Map<String, PlaceStatus> townships = new LinkedHashMap<>();
        statuses(result, TargetScope.Level.TOWNSHIP).forEach((code, status) ->
                townships.put(map.register().currentCode(code), status));
        Map<PlaceStatus, List<Feature>> townshipFeatures = features(townships, map, result, rules, true);
        Map<String, PlaceStatus> counties = statuses(result, TargetScope.Level.COUNTY);
        Map<PlaceStatus, List<Feature>> countyFeatures = features(counties, map, result, rules, false);
        PlaceStatus[] order = PlaceStatus.values();
        for (int i = 0; i < order.length; i++) {
            Color colour = COLOURS.get(order[i]);
            String id = GROUP + "-township-" + order[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            LayerStyle fill = new LayerStyle(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 170),
                    new Color(0x55, 0x55, 0x55), 0.8f, null, null, null, 8f, null, null, 0f, null);
            layers.add(new MapLayer(id, townshipTitles.get(i), townshipTitles.get(i), GROUP, MapLayer.Kind.AREA,
                    new FeatureCollection(id, townshipFeatures.get(order[i])), fill, 0));
        }
        for (int i = 0; i < order.length; i++) {
            String id = GROUP + "-county-" + order[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            LayerStyle outline = new LayerStyle(null, COLOURS.get(order[i]), 4f, Dash.SOLID, null, null, 8f, null, null, 0f,
                    Color.WHITE);
            layers.add(new MapLayer(id, countyTitles.get(i), countyTitles.get(i), GROUP, MapLayer.Kind.LINE,
                    new FeatureCollection(id, countyFeatures.get(order[i])), outline, 0));
        }
        return new Result(layers, new LayerGroupInfo(GROUP, groupTitle, groupTitle,
                layers.stream().map(MapLayer::id).toList()));
    }

    private static Map<PlaceStatus, List<Feature>> features(Map<String, PlaceStatus> statuses, AtlasMap map,
                                                            EvaluationResult result, String rules, boolean township) {
        Map<PlaceStatus, List<Feature>> features = new LinkedHashMap<>();
        for (PlaceStatus status : PlaceStatus.values()) {
            features.put(status, new ArrayList<>());
        }
        statuses.forEach((code, status) -> {
            Feature boundary = township ? map.join().feature(code).orElse(null) : county(map, code);
            if (boundary == null) {
                return;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("register_code", code);
            attributes.put("name", township ? map.register().township(code).map(t -> t.name()).orElse(code)
                    : map.register().countyName(code));
            attributes.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
            List<String> lines = new ArrayList<>();
            result.evaluations().stream().filter(e -> code.equals(township && e.figure().scopeCode() != null
                            ? map.register().currentCode(e.figure().scopeCode()) : e.figure().scopeCode()))
                    .filter(e -> e.figure().level() == (township ? TargetScope.Level.TOWNSHIP : TargetScope.Level.COUNTY))
                    .forEach(e -> lines.add(e.figure().id() + " " + e.figure().indicator() + " " + e.status().json()));
            attributes.put("targets", String.join("; ", lines));
            attributes.put("rules", rules);
            features.get(status).add(new Feature(GROUP + "/" + code, boundary.geometry(), attributes));
        });
        return features;
    }

    private static Feature county(AtlasMap map, String code) {
        return map.boundaries().counties().features().stream().filter(f -> code.equals(f.text("code"))).findFirst()
                .orElse(null);
    }
}
