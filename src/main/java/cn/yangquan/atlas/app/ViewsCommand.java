package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.SavedView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code views}: the saved views of the project (or the presets), in presentation order. */
@Command(name = "views", description = "List the saved views (presets until the project has its own).")
final class ViewsCommand extends ListingCommand {

    @Override
    public Integer call() {
        AtlasLoader.Loaded loaded = load();
        List<SavedView> views = new ViewCatalog(loaded.map(), loaded.project(), Messages.forLanguage(options.language)).views();
        var out = out();
        if (json) {
            out.println(Json.write(views.stream().map(ViewsCommand::asJson).toList()));
        } else {
            warn(loaded.problems());
            views.forEach(v -> out.printf("%-28s %s%n", v.id(), v.title()));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> asJson(SavedView view) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", view.id());
        entry.put("title", view.title());
        entry.put("caption", view.caption());
        if (view.extent() != null) {
            entry.put("extent", List.of(view.extent().getMinX(), view.extent().getMinY(), view.extent().getMaxX(),
                    view.extent().getMaxY()));
        }
        entry.put("visible_layers", view.layers().stream().filter(s -> s.visible()).map(s -> s.layerId()).toList());
        entry.put("selected", view.selectedTownship());
        return entry;
    }
}
