package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.LayerGroup;
import cn.yangquan.atlas.model.register.Member;
import cn.yangquan.atlas.model.register.PlanLayer;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Site;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Builds the map's layers from boundaries and register: base layers, one layer per circle, zone and industry
 * (drawn on its member townships), the named places marked in their townships, and the labels.
 * Projection and joins happen here once; toggling or restyling a layer later touches none of it.
 */
public final class PlanMapBuilder {
    public static final String TOWNSHIPS = "townships";
    public static final String COUNTIES = "counties";
    public static final String RIVERS = "rivers";
    public static final String RAILWAYS = "railways";
    public static final String SITES = "sites";
    public static final String LABELS = "labels";
    /** Marker slot of the named-places layer; industries take slots 0-5. */
    public static final int SITE_SLOT = 6;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final PlanRegister register;
    private final Boundaries boundaries;
    private final StyleBook styles;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Point> anchors = new HashMap<>();
    private TownshipJoin join;

    public PlanMapBuilder(PlanRegister register, Boundaries boundaries, StyleBook styles) {
        this.register = register;
        this.boundaries = boundaries;
        this.styles = styles;
    }

    public AtlasMap build() {
        join = new TownshipJoin(register, boundaries.townships());
        warnings.addAll(boundaries.problems());
        reportJoin();
        List<MapLayer> layers = new ArrayList<>();
        List<LayerGroupInfo> groups = new ArrayList<>();

        MapLayer townships = new MapLayer(TOWNSHIPS, "乡镇", "Townships", "base", MapLayer.Kind.AREA,
                townshipFeatures(), styles.styleFor(TOWNSHIPS), 0);
        layers.add(townships);
        // Each group says in the register how it draws: areas under the base lines, markers above them.
        register.groups().stream().filter(g -> LayerGroup.AREA.equals(g.draw()))
                .forEach(group -> groups.add(addAreaGroup(group, layers)));
        layers.add(new MapLayer(COUNTIES, "县区界", "County boundaries", "base", MapLayer.Kind.LINE,
                boundaries.counties(), styles.styleFor(COUNTIES), 0));
        layers.add(new MapLayer(RIVERS, "河流", "Rivers", "base", MapLayer.Kind.LINE, boundaries.rivers(),
                styles.styleFor(RIVERS), 0));
        layers.add(new MapLayer(RAILWAYS, "铁路", "Railways", "base", MapLayer.Kind.LINE, boundaries.railways(),
                styles.styleFor(RAILWAYS), 0));
        register.groups().stream().filter(g -> LayerGroup.MARKER.equals(g.draw()))
                .forEach(group -> groups.add(addMarkerGroup(group, layers)));
        layers.add(new MapLayer(SITES, "规划点位（标于所在乡镇）", "Named places (marked in their township)", "places",
                MapLayer.Kind.MARKER, siteFeatures(), styles.styleFor(SITES), SITE_SLOT));
        groups.add(new LayerGroupInfo("places", "规划点位", "Named places", List.of(SITES)));
        layers.add(new MapLayer(LABELS, "注记", "Labels", "base", MapLayer.Kind.LABEL, labelFeatures(),
                styles.styleFor(LABELS), 0));
        groups.add(new LayerGroupInfo("base", "底图", "Base layers",
                List.of(TOWNSHIPS, COUNTIES, RIVERS, RAILWAYS, LABELS)));
        return new AtlasMap(layers, groups, boundaries, register, join, warnings);
    }

    private void reportJoin() {
        for (Township township : join.unmatchedTownships()) {
            if (!"街道".equals(township.kind()) && !"other".equals(township.kind())) {
                warnings.add("边界数据中没有乡镇 " + township.name() + " (" + township.code() + ") / township missing from the boundaries");
            }
        }
        for (Feature feature : join.unmatchedFeatures()) {
            warnings.add("边界要素 " + TownshipJoin.nameOf(feature).orElse(feature.id())
                    + " 在规划登记中无对应乡镇 / boundary feature not in the register");
        }
    }

    private LayerGroupInfo addAreaGroup(LayerGroup group, List<MapLayer> layers) {
        List<String> ids = new ArrayList<>();
        for (PlanLayer planLayer : group.layers()) {
            List<Feature> features = new ArrayList<>();
            for (Map.Entry<String, List<Member>> entry : membersByTownship(planLayer).entrySet()) {
                join.feature(entry.getKey()).ifPresentOrElse(
                        boundary -> features.add(memberFeature(planLayer, boundary, boundary.geometry(), entry.getValue())),
                        () -> warnMissing(planLayer, entry.getKey()));
            }
            warnIfEmpty(planLayer, features);
            layers.add(new MapLayer(planLayer.id(), planLayer.name(), planLayer.nameEn(), group.id(), MapLayer.Kind.AREA,
                    new FeatureCollection(planLayer.id(), features), styles.styleFor(planLayer.id()), 0));
            ids.add(planLayer.id());
        }
        return new LayerGroupInfo(group.id(), group.name(), group.nameEn(), ids);
    }

    private LayerGroupInfo addMarkerGroup(LayerGroup group, List<MapLayer> layers) {
        List<String> ids = new ArrayList<>();
        int slot = 0;
        for (PlanLayer planLayer : group.layers()) {
            List<Feature> features = new ArrayList<>();
            for (Map.Entry<String, List<Member>> entry : membersByTownship(planLayer).entrySet()) {
                join.feature(entry.getKey()).ifPresentOrElse(
                        boundary -> features.add(memberFeature(planLayer, boundary, anchor(boundary), entry.getValue())),
                        () -> warnMissing(planLayer, entry.getKey()));
            }
            warnIfEmpty(planLayer, features);
            layers.add(new MapLayer(planLayer.id(), planLayer.name(), planLayer.nameEn(), group.id(),
                    MapLayer.Kind.MARKER, new FeatureCollection(planLayer.id(), features),
                    styles.styleFor(planLayer.id()), slot++));
            ids.add(planLayer.id());
        }
        return new LayerGroupInfo(group.id(), group.name(), group.nameEn(), ids);
    }

    /** Members grouped by the current township code, so an obsolete unit's facts land on its successor once. */
    private Map<String, List<Member>> membersByTownship(PlanLayer layer) {
        Map<String, List<Member>> grouped = new LinkedHashMap<>();
        for (Member member : layer.members()) {
            grouped.computeIfAbsent(register.currentCode(member.township()), k -> new ArrayList<>()).add(member);
        }
        return grouped;
    }

    private Feature memberFeature(PlanLayer layer, Feature boundary, Geometry geometry, List<Member> members) {
        Map<String, Object> attributes = new LinkedHashMap<>(boundary.attributes());
        String code = join.code(boundary).orElse("");
        attributes.put("register_code", code);
        Set<String> products = new LinkedHashSet<>();
        members.forEach(m -> m.products().forEach(p -> products.add(layer.productName(p))));
        attributes.put("products", String.join("、", products));
        boolean interpreted = members.stream().anyMatch(m -> m.interpretation() != null);
        attributes.put("interpretation", interpreted);
        return new Feature(layer.id() + "/" + code, geometry, attributes);
    }

    private void warnIfEmpty(PlanLayer layer, List<Feature> features) {
        if (features.isEmpty()) {
            warnings.add("图层 " + layer.name() + " 无可绘制的乡镇（规划未点明其所在乡镇）/ layer " + layer.id()
                    + " has no township to draw: the plan does not name one");
        }
    }

    private void warnMissing(PlanLayer layer, String code) {
        String name = register.township(code).map(Township::name).orElse(code);
        warnings.add("图层 " + layer.name() + " 的乡镇 " + name + " (" + code + ") 无边界，未绘出 / not drawn: no boundary");
    }

    private FeatureCollection townshipFeatures() {
        List<Feature> features = new ArrayList<>();
        for (Feature boundary : boundaries.townships().features()) {
            Map<String, Object> attributes = new LinkedHashMap<>(boundary.attributes());
            join.code(boundary).ifPresent(code -> attributes.put("register_code", code));
            features.add(new Feature(boundary.id(), boundary.geometry(), attributes));
        }
        return new FeatureCollection(TOWNSHIPS, features);
    }

    private FeatureCollection siteFeatures() {
        Map<String, List<Site>> byTownship = new LinkedHashMap<>();
        for (Site site : register.places().sites()) {
            if (site.township() == null) {
                continue;
            }
            // A subdistrict the boundaries do not draw (官沟村 in 赛鱼街道) is marked in its district, drawn whole.
            String code = register.currentCode(site.township());
            if (join.feature(code).isEmpty() && site.county() != null && join.feature(site.county()).isPresent()) {
                code = site.county();
            }
            if (join.feature(code).isEmpty()) {
                warnings.add("点位 " + site.name() + " 所在乡镇 (" + site.township() + ") 无边界，未标出 / place not marked: its township has no boundary");
                continue;
            }
            byTownship.computeIfAbsent(code, k -> new ArrayList<>()).add(site);
        }
        List<Feature> features = new ArrayList<>();
        byTownship.forEach((code, sites) -> join.feature(code).ifPresent(boundary -> {
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("register_code", code);
            attributes.put("count", sites.size());
            attributes.put("names", String.join("、", sites.stream().map(Site::name).toList()));
            features.add(new Feature(SITES + "/" + code, anchor(boundary), attributes));
        }));
        return new FeatureCollection(SITES, features);
    }

    /** Township names (priority by area, larger first) and county names (drawn larger, placed first). */
    private FeatureCollection labelFeatures() {
        List<Feature> features = new ArrayList<>();
        Set<String> countyNames = new java.util.HashSet<>();
        for (Feature county : boundaries.counties().features()) {
            String name = TownshipJoin.nameOf(county).orElse("");
            if (!name.isBlank() && countyNames.add(name)) {
                features.add(new Feature("county-label/" + county.id(), anchor(county),
                        Map.of("label", name, "rank", 0, "area", county.geometry().getArea())));
            }
        }
        for (Feature township : boundaries.townships().features()) {
            String name = TownshipJoin.nameOf(township).orElse("");
            // A whole district drawn as one township unit is already named by its county label.
            if (!name.isBlank() && !countyNames.contains(name)) {
                // The register code lets a click on the name select the township it names.
                features.add(new Feature("township-label/" + township.id(), anchor(township),
                        Map.of("label", name, "rank", 1, "area", township.geometry().getArea(),
                                "register_code", join.code(township).orElse(""))));
            }
        }
        return new FeatureCollection(LABELS, features);
    }

    private Point anchor(Feature feature) {
        return anchors.computeIfAbsent(feature.id(), id -> {
            Geometry geometry = feature.geometry();
            if (geometry.getDimension() == 2) {
                return FACTORY.createPoint(InteriorPointArea.getInteriorPoint(geometry));
            }
            return geometry.getCentroid();
        });
    }
}
