package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.LayerGroup;
import cn.yangquan.atlas.model.register.PlanLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The views the atlas ships for meetings, built from the register: the whole city, then each functional circle,
 * agglomeration zone and industry zoomed to its townships with that layer emphasised (the other plan layers hidden,
 * the base layers kept). Captions are the plan's own description of the layer with its section.
 */
public final class PresetViews {
    private static final Set<String> PLAN_GROUPS = Set.of(LayerGroup.CIRCLES, LayerGroup.ZONES, LayerGroup.INDUSTRIES, "places");

    private PresetViews() {
    }

    public static List<SavedView> from(AtlasMap map, String cityTitle, String cityCaption, boolean english) {
        List<SavedView> views = new ArrayList<>();
        List<LayerState> all = map.defaultStates();
        views.add(new SavedView("city", cityTitle, cityCaption, map.extent(), all, null));
        for (String groupId : List.of(LayerGroup.CIRCLES, LayerGroup.ZONES, LayerGroup.INDUSTRIES)) {
            map.register().group(groupId).ifPresent(group -> {
                for (PlanLayer planLayer : group.layers()) {
                    MapLayer layer = map.layer(planLayer.id()).orElse(null);
                    if (layer == null) {
                        continue;
                    }
                    views.add(new SavedView("view-" + planLayer.id(),
                            english && planLayer.nameEn() != null ? planLayer.nameEn() : planLayer.name(),
                            caption(planLayer), extentOf(map, layer), emphasised(map, planLayer.id()), null));
                }
            });
        }
        return views;
    }

    private static String caption(PlanLayer layer) {
        String description = layer.description() == null ? "" : layer.description().strip();
        return description.isEmpty() ? layer.source() : description + "（" + layer.source() + "）";
    }

    /** The layer's townships with a margin, or the whole city when the layer has nothing to draw. */
    private static Envelope extentOf(AtlasMap map, MapLayer layer) {
        Envelope extent = new Envelope();
        for (Feature feature : layer.features().features()) {
            // Markers stand at a township's anchor: zoom to the whole township, not the point.
            Feature township = map.join().feature(feature.text("register_code")).orElse(feature);
            extent.expandToInclude(township.geometry().getEnvelopeInternal());
        }
        if (extent.isNull()) {
            return map.extent();
        }
        extent.expandBy(Math.max(3000, Math.max(extent.getWidth(), extent.getHeight()) * 0.15));
        return extent;
    }

    private static List<LayerState> emphasised(AtlasMap map, String layerId) {
        List<LayerState> states = new ArrayList<>();
        for (MapLayer layer : map.layers()) {
            boolean plan = PLAN_GROUPS.contains(layer.group());
            states.add(new LayerState(layer.id(), !plan || layer.id().equals(layerId), 1.0));
        }
        return states;
    }
}
