package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.evaluation.Evaluation;
import cn.yangquan.atlas.model.evaluation.EvaluationMap;
import cn.yangquan.atlas.model.evaluation.EvaluationResult;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.PageContent;
import cn.yangquan.atlas.render.PageExporter;
import cn.yangquan.atlas.render.PageLayout;
import cn.yangquan.atlas.render.TablePage;
import java.awt.Font;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation pages of the meeting pack, added when actual values are loaded: 表1 and 表2 with actual, rate and
 * status (missed binding targets marked), one table per scope of the register's targets, and the evaluation map.
 */
final class EvaluationPages {
    private static final double[] TABLE_WIDTHS = {0.05, 0.30, 0.07, 0.09, 0.14, 0.07, 0.09, 0.07, 0.14};
    private static final double[] SCOPE_WIDTHS = {0.16, 0.26, 0.07, 0.08, 0.12, 0.09, 0.07, 0.15};
    private static final Set<String> BASE_LAYERS = Set.of(PlanMapBuilder.TOWNSHIPS, PlanMapBuilder.COUNTIES,
            PlanMapBuilder.RIVERS, PlanMapBuilder.LABELS);

    private EvaluationPages() {
    }

    static List<PageExporter.PagePainter> of(AtlasMap map, EvaluationResult result, Messages messages, Font font,
                                             PageLayout layout) {
        List<PageExporter.PagePainter> pages = new ArrayList<>();
        String continued = messages.get("eval.page.continued");
        List<String> tableHeadings = List.of(messages.get("indicators.number"), messages.get("indicators.indicator"),
                messages.get("indicators.unit"), messages.get("indicators.baseline"), messages.get("indicators.target"),
                messages.get("indicators.attribute"), messages.get("eval.column.actual"), messages.get("eval.page.rate"),
                messages.get("eval.column.status"));
        for (String table : List.of("表1", "表2")) {
            List<Evaluation> rows = result.evaluations().stream().filter(e -> table.equals(e.figure().tableOrScope())
                    && e.figure().tableRow()).toList();
            List<List<String>> cells = rows.stream().map(e -> List.of(e.figure().id().substring(3), e.figure().indicator(),
                    text(e.figure().unit()), text(e.figure().baseline()), text(e.figure().target()),
                    text(e.figure().attribute()), EvaluationTexts.number(e.actualValue()), rate(e),
                    EvaluationTexts.statusMarked(messages, e))).toList();
            pages.addAll(TablePage.pages(font, messages.get("eval.page.table", table), continued, tableHeadings,
                    TABLE_WIDTHS, cells, rows.stream().map(Evaluation::bindingMissed).toList(), summary(messages, rows)));
        }
        Map<String, List<Evaluation>> scopes = new LinkedHashMap<>();
        result.evaluations().stream().filter(e -> !e.figure().tableRow())
                .forEach(e -> scopes.computeIfAbsent(e.figure().tableOrScope(), k -> new ArrayList<>()).add(e));
        List<String> scopeHeadings = List.of("id", messages.get("indicators.indicator"), messages.get("indicators.unit"),
                messages.get("eval.page.baseline"), messages.get("eval.page.target"), messages.get("eval.column.actual"),
                messages.get("eval.page.rate"), messages.get("eval.column.status"));
        scopes.forEach((scope, rows) -> pages.addAll(TablePage.pages(font, messages.get("eval.page.scope", scope), continued,
                scopeHeadings, SCOPE_WIDTHS, rows.stream().map(e -> List.of(e.figure().id(), e.figure().indicator(),
                        text(e.figure().unit()), text(e.figure().baseline()), text(e.figure().target()),
                        EvaluationTexts.number(e.actualValue()), rate(e), EvaluationTexts.statusMarked(messages, e))).toList(),
                rows.stream().map(Evaluation::bindingMissed).toList(), summary(messages, rows))));
        pages.add(PageExporter.mapPage(layout, mapPage(map, result, messages)));
        return pages;
    }

    /** The evaluation map: the base layers and the evaluation layer, over the whole city. */
    static PageContent mapPage(AtlasMap map, EvaluationResult result, Messages messages) {
        EvaluationMap.Result evaluation = EvaluationTexts.mapLayers(messages, map, result);
        List<MapLayer> layers = new ArrayList<>();
        map.layers().stream().filter(l -> BASE_LAYERS.contains(l.id()) && !PlanMapBuilder.LABELS.equals(l.id())).forEach(layers::add);
        layers.addAll(evaluation.layers());
        map.layer(PlanMapBuilder.LABELS).ifPresent(layers::add);
        List<LayerState> states = layers.stream().map(l -> new LayerState(l.id(), true, 1.0)).toList();
        return new PageContent(messages.get("eval.page.mapTitle"), messages.get("eval.map.rules"), new MapComposition(layers, states),
                map.extent(), messages.get("legend.title"), messages.english(), MapNotes.lines(messages, map.boundaries()),
                messages.get("export.date", LocalDate.now().toString()));
    }

    private static String summary(Messages messages, List<Evaluation> rows) {
        EvaluationResult part = new EvaluationResult(rows);
        var counts = part.byStatus();
        return messages.get("eval.page.summary", counts.get(cn.yangquan.atlas.model.evaluation.Status.MET),
                counts.get(cn.yangquan.atlas.model.evaluation.Status.NEARLY_MET),
                counts.get(cn.yangquan.atlas.model.evaluation.Status.NOT_MET),
                counts.get(cn.yangquan.atlas.model.evaluation.Status.NOT_ASSESSED), part.bindingMisses().size());
    }

    private static String rate(Evaluation evaluation) {
        return evaluation.roundedRate() == null ? "—" : String.format(java.util.Locale.ROOT, "%.3f", evaluation.roundedRate());
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
