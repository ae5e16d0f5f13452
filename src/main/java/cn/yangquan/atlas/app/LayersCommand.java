package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.Wgs84Bounds;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.UserLayerSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code layers}: the map's layers in drawing order with their member townships. */
@Command(name = "layers", description = "List the layers with their member townships.")
final class LayersCommand extends ListingCommand {

    @Override
    public Integer call() {
        AtlasLoader.Loaded loaded = load();
        AtlasMap map = loaded.map();
        List<Map<String, Object>> layers = new ArrayList<>();
        boolean userLayersListed = false;
        for (MapLayer layer : map.layers()) {
            boolean fromUser = loaded.userLayers().stream().anyMatch(source -> layer.id().equals(source.layerId()));
            if (!fromUser) {
                layers.add(entry(map, layer));
            } else if (!userLayersListed) {
                // The user's layers in the order of their files and tables, with the empty ones among them.
                loaded.userLayers().forEach(source -> layers.add(userEntry(map, source)));
                userLayersListed = true;
            }
        }
        if (!userLayersListed) {
            loaded.userLayers().forEach(source -> layers.add(userEntry(map, source)));
        }
        var out = out();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("groups", map.groups().stream().map(LayersCommand::group).toList());
            result.put("layers", layers);
            List<String> warnings = new ArrayList<>(loaded.problems());
            warnings.addAll(map.warnings());
            result.put("warnings", warnings);
            out.println(Json.write(result));
        } else {
            List<String> warnings = new ArrayList<>(loaded.problems());
            warnings.addAll(map.warnings());
            warn(warnings);
            for (Map<String, Object> layer : layers) {
                out.printf("%-28s %-10s %4s  %s%n", layer.get("id"), layer.get("group"), layer.get("feature_count"), layer.get("title"));
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> entry(AtlasMap map, MapLayer layer) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", layer.id());
        entry.put("title", layer.title());
        entry.put("title_en", layer.titleEn());
        entry.put("group", layer.group());
        entry.put("kind", layer.kind().name().toLowerCase(java.util.Locale.ROOT));
        entry.put("feature_count", layer.features().size());
        var planLayer = map.register().layer(layer.id());
        List<Map<String, Object>> members = new ArrayList<>();
        for (Feature feature : layer.features().features()) {
            String code = feature.text("register_code");
            if (!code.isEmpty() && !"labels".equals(layer.id())) {
                String name = map.register().township(code).map(t -> t.name()).orElse(feature.text("name"));
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("code", code);
                member.put("name", name);
                if (!feature.text("products").isEmpty()) {
                    member.put("products", feature.text("products"));
                }
                // A plan layer's 重点企业 and 品牌产品 (the industries list them) belong to each of its townships.
                planLayer.ifPresent(l -> {
                    member.put("enterprises", l.enterprises().stream().map(ReportJson::mention).toList());
                    member.put("brands", l.brands().stream().map(ReportJson::mention).toList());
                });
                members.add(member);
            }
        }
        entry.put("members", members);
        return entry;
    }

    /** A user's layer; an empty one is not on the map, but the user named its file: it is listed without bounds. */
    private static Map<String, Object> userEntry(AtlasMap map, UserLayerSource source) {
        if (source.layerId() != null) {
            MapLayer layer = map.layer(source.layerId()).orElseThrow();
            Map<String, Object> entry = entry(map, layer);
            source(entry, source, Wgs84Bounds.of(layer.features()));
            return entry;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", null);
        entry.put("title", source.title());
        entry.put("group", cn.yangquan.atlas.model.UserLayers.GROUP);
        entry.put("feature_count", 0);
        entry.put("members", List.of());
        source(entry, source, null);
        return entry;
    }

    /** The file, table, source CRS and exact WGS84 bounds (null for an empty layer) of a user's layer. */
    private static void source(Map<String, Object> entry, UserLayerSource source, List<Double> bounds) {
        entry.put("file", source.path());
        entry.put("table", source.table());
        entry.put("source_crs", source.crs());
        entry.put("bounds_wgs84", bounds);
    }

    private static Map<String, Object> group(LayerGroupInfo group) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", group.id());
        entry.put("title", group.title());
        entry.put("title_en", group.titleEn());
        entry.put("layers", group.layerIds());
        return entry;
    }
}
