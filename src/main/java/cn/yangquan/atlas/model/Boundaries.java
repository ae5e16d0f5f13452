package cn.yangquan.atlas.model;

import java.util.List;

/**
 * The boundary layers the map is drawn on, in the map CRS, with where they came from.
 *
 * @param schematic true when the township polygons are not real boundaries (features flagged {@code approximate})
 * @param credits   attribution lines the sources require (CC BY 4.0 and others), shown on the map and in exports
 * @param problems  what went wrong while reading (file, feature and cause); the layers hold what could be read
 */
public record Boundaries(String directory, FeatureCollection counties, FeatureCollection townships,
                         FeatureCollection rivers, FeatureCollection railways, boolean schematic, List<String> credits,
                         List<String> problems) {
    public Boundaries {
        credits = List.copyOf(credits);
        problems = List.copyOf(problems);
    }

    public static Boundaries none(String directory, List<String> problems) {
        FeatureCollection empty = new FeatureCollection("empty", List.of());
        return new Boundaries(directory, empty, empty, empty, empty, false, List.of(), problems);
    }

    /**
     * Whether a boundary feature is flagged schematic: {@code approximate: true}, or, from a shapefile, whose field
     * names are cut to 10 characters and have no boolean type, {@code approximat} = 1.
     */
    public static boolean approximate(Feature feature) {
        for (String key : java.util.List.of("approximate", "approximat")) {
            Object value = feature.attributes().get(key);
            if (Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() == 1)
                    || "true".equalsIgnoreCase(String.valueOf(value)) || "T".equals(value)) {
                return true;
            }
        }
        return false;
    }

    public boolean present() {
        return townships.size() > 0 || counties.size() > 0;
    }
}
