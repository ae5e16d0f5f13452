package cn.yangquan.atlas.model.register;

import java.util.List;

/** A group of plan layers: the circles, the zones or the industries. */
public record LayerGroup(String id, String name, String nameEn, String source, String quote, String interpretation,
                         List<PlanLayer> layers) implements Cited {
    public static final String CIRCLES = "circles";
    public static final String ZONES = "zones";
    public static final String INDUSTRIES = "industries";

    public LayerGroup {
        layers = layers == null ? List.of() : List.copyOf(layers);
    }
}
