package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.PresetViews;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.render.IndicatorsPage;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.PageContent;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The views of a project (the user's, or the register's presets until the user edits them) and the pages they
 * export to: map pages with title, legend and notes, and the indicator tables.
 */
public final class ViewCatalog {
    private final AtlasMap map;
    private final MapProject project;
    private final Messages messages;

    public ViewCatalog(AtlasMap map, MapProject project, Messages messages) {
        this.map = map;
        this.project = project;
        this.messages = messages;
    }

    public List<SavedView> views() {
        if (project.views() != null) {
            return project.views();
        }
        return PresetViews.from(map, project.title(), messages.get("view.city.caption"), messages.english());
    }

    /** A view by id, or by title (exact, then case-insensitive). */
    public Optional<SavedView> find(String idOrTitle) {
        List<SavedView> views = views();
        return views.stream().filter(v -> v.id().equals(idOrTitle)).findFirst()
                .or(() -> views.stream().filter(v -> v.title().equals(idOrTitle)).findFirst())
                .or(() -> views.stream().filter(v -> v.title().toLowerCase(Locale.ROOT)
                        .equals(idOrTitle.toLowerCase(Locale.ROOT))).findFirst());
    }

    /** The page of a view: its composition (only the layers it names), extent, legend and notes. */
    public PageContent page(SavedView view) {
        MapComposition composition = MapComposition.of(map, view.layers());
        List<String> notes = new ArrayList<>(MapNotes.nothingToDraw(messages, composition.empty()));
        notes.addAll(MapNotes.lines(messages, map.boundaries()));
        return new PageContent(view.title(), view.caption(), composition,
                view.extent() == null ? map.extent() : view.extent(), messages.get("legend.title"), messages.english(),
                notes, messages.get("export.date", LocalDate.now().toString()));
    }

    /** One page per indicator table. */
    public List<IndicatorsPage> indicatorPages(Font font) {
        List<String> headings = List.of(messages.get("indicators.number"), messages.get("indicators.indicator"),
                messages.get("indicators.unit"), messages.get("indicators.baseline"), messages.get("indicators.target"),
                messages.get("indicators.growth"), messages.get("indicators.attribute"), messages.get("indicators.bar"));
        return List.of(
                new IndicatorsPage(font, messages.get("indicators.table1"), headings, rows("表1"),
                        messages.get("indicators.source", "表1")),
                new IndicatorsPage(font, messages.get("indicators.table2"), headings, rows("表2"),
                        messages.get("indicators.source", "表2")));
    }

    private List<IndicatorRow> rows(String table) {
        return map.register().indicators().stream().filter(r -> table.equals(r.table())).toList();
    }
}
