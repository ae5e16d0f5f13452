package cn.yangquan.atlas.app;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code layers}: the map's layers in drawing order with their member townships. */
@Command(name = "layers", description = "List the layers with their member townships.")
final class LayersCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AtlasMap map = new AtlasLoader().load(options.paths()).map();
        List<Map<String, Object>> layers = new ArrayList<>();
        for (MapLayer layer : map.layers()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", layer.id());
            entry.put("title", layer.title());
            entry.put("title_en", layer.titleEn());
            entry.put("group", layer.group());
            entry.put("kind", layer.kind().name().toLowerCase(java.util.Locale.ROOT));
            entry.put("feature_count", layer.features().size());
            List<Map<String, String>> members = new ArrayList<>();
            for (Feature feature : layer.features().features()) {
                String code = feature.text("register_code");
                if (!code.isEmpty() && !"labels".equals(layer.id())) {
                    String name = map.register().township(code).map(t -> t.name()).orElse(feature.text("name"));
                    Map<String, String> member = new LinkedHashMap<>();
                    member.put("code", code);
                    member.put("name", name);
                    if (!feature.text("products").isEmpty()) {
                        member.put("products", feature.text("products"));
                    }
                    members.add(member);
                }
            }
            entry.put("members", members);
            layers.add(entry);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("groups", map.groups().stream().map(LayersCommand::group).toList());
            result.put("layers", layers);
            result.put("warnings", map.warnings());
            out.println(Json.write(result));
        } else {
            for (Map<String, Object> layer : layers) {
                out.printf("%-28s %-10s %4s  %s%n", layer.get("id"), layer.get("group"), layer.get("feature_count"), layer.get("title"));
            }
        }
        out.flush();
        return 0;
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
