package cn.yangquan.atlas.app;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
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
        AtlasLoader.Loaded loaded = options.load();
        AtlasMap map = loaded.map();
        List<Map<String, Object>> layers = new ArrayList<>();
        for (MapLayer layer : map.layers()) {
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
            loaded.userLayers().stream().filter(source -> source.layerId().equals(layer.id())).findFirst().ifPresent(source -> {
                entry.put("file", source.path());
                entry.put("source_crs", source.crs());
                entry.put("bounds_wgs84", boundsWgs84(layer));
            });
            layers.add(entry);
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
            for (Map<String, Object> layer : layers) {
                out.printf("%-28s %-10s %4s  %s%n", layer.get("id"), layer.get("group"), layer.get("feature_count"), layer.get("title"));
            }
        }
        out.flush();
        return 0;
    }

    /** [west, south, east, north] in degrees, from the corners and edge midpoints of the map-CRS bounds. */
    static List<Double> boundsWgs84(MapLayer layer) {
        var bounds = layer.features().bounds();
        var projection = cn.yangquan.atlas.io.MapProjection.fromWgs84();
        double west = Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (double fx : new double[] {0, 0.5, 1}) {
            for (double fy : new double[] {0, 0.5, 1}) {
                double[] lonLat = projection.toSource(bounds.getMinX() + fx * bounds.getWidth(), bounds.getMinY() + fy * bounds.getHeight());
                west = Math.min(west, lonLat[0]);
                east = Math.max(east, lonLat[0]);
                south = Math.min(south, lonLat[1]);
                north = Math.max(north, lonLat[1]);
            }
        }
        return List.of(round(west), round(south), round(east), round(north));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
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
