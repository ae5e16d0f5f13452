package cn.yangquan.atlas.model.register;

import java.util.List;

/**
 * A group of plan layers: the circles, the zones or the industries.
 *
 * @param draw    how its layers are drawn: {@link #AREA} (township areas) or {@link #MARKER} (a symbol per township)
 * @param section the township-report section its memberships feed ({@link TownshipReport#CIRCLES} …)
 */
public record LayerGroup(String id, String name, String nameEn, String draw, String section, String source,
                         String quote, String interpretation, List<PlanLayer> layers) implements Cited {
    public static final String AREA = "area";
    public static final String MARKER = "marker";
    public static final String CIRCLES = "circles";
    public static final String ZONES = "zones";
    public static final String INDUSTRIES = "industries";

    public LayerGroup {
        layers = layers == null ? List.of() : List.copyOf(layers);
        // A register that does not say keeps the long-standing layout: industries as markers, the rest as areas.
        draw = draw != null ? draw : INDUSTRIES.equals(id) ? MARKER : AREA;
        section = section != null && !section.isBlank() ? section : id;
    }
}
