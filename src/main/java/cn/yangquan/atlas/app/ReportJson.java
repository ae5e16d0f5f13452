package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.i18n.ReportLines;
import cn.yangquan.atlas.model.register.Mention;
import cn.yangquan.atlas.model.register.Readings;
import cn.yangquan.atlas.model.register.TargetKind;
import cn.yangquan.atlas.model.register.TargetScope;
import cn.yangquan.atlas.model.register.TownshipReport;
import cn.yangquan.atlas.model.register.TownshipReport.Entry;
import cn.yangquan.atlas.model.register.TownshipReport.TargetLine;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of a township report as JSON objects for {@code info --json}: one key per section (circles, zones,
 * industries, programmes, achievements, villages, sites), readings in the interface's language. Each target keeps
 * indicator, baseline, target, unit and its citation, and adds scope ({@code level, name, code}), year (a number, or
 * null where the plan gives none), kind and, for relative targets, relative_to.
 */
final class ReportJson {
    private final Messages messages;

    ReportJson(Messages messages) {
        this.messages = messages;
    }

    /** Puts one key per section into {@code result}, in the report's order. */
    void putSections(TownshipReport report, Map<String, Object> result) {
        for (TownshipReport.Section section : report.sections()) {
            result.put(section.key(), section.entries().stream().map(this::entry).toList());
        }
    }

    private Map<String, Object> entry(Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("name", entry.name());
        putIfPresent(json, "name_en", entry.nameEn());
        json.put("source", entry.source());
        json.put("quote", entry.quote());
        putIfPresent(json, "interpretation", Readings.in(entry.interpretation(), messages.english()));
        putIfPresent(json, "owner_interpretation", Readings.in(entry.ownerInterpretation(), messages.english()));
        if (!entry.products().isEmpty()) {
            json.put("products", entry.products());
            json.put("products_en", entry.productsEn());
        }
        if (entry.relation() != null) {
            Map<String, Object> relation = new LinkedHashMap<>();
            relation.put("kind", entry.relation().kind());
            relation.put("code", entry.relation().code());
            relation.put("name", entry.relation().name());
            json.put("relation", relation);
        }
        putIfPresent(json, "note", entry.note());
        json.put("targets", entry.targets().stream().map(this::target).toList());
        json.put("wider_targets", entry.widerTargets().stream().map(scoped -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("scope", scope(scoped.scope()));
            group.put("heading", ReportLines.scopeHeading(scoped.scope(), messages));
            group.put("targets", scoped.targets().stream().map(this::target).toList());
            return group;
        }).toList());
        json.put("enterprises", entry.enterprises().stream().map(ReportJson::mention).toList());
        json.put("brands", entry.brands().stream().map(ReportJson::mention).toList());
        json.put("sites", entry.sites().stream().map(site -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("id", site.id());
            place.put("name", site.name());
            place.put("kind", site.kind());
            putIfPresent(place, "role", Readings.in(site.role(), messages.english()));
            place.put("source", site.source());
            place.put("quote", site.quote());
            return place;
        }).toList());
        return json;
    }

    /** A JSON object rather than a map, so that a missing year or code is written as null, not left out. */
    ObjectNode target(TargetLine target) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", target.id());
        json.put("indicator", target.indicator());
        json.put("baseline", target.baseline());
        json.put("target", target.target());
        json.put("unit", target.unit());
        json.put("year", target.year());
        json.set("scope", target.scope() == null ? null : scope(target.scope()));
        json.put("kind", target.kind() == null ? null : target.kind().json());
        if (target.kind() == TargetKind.RELATIVE) {
            json.put("relative_to", target.relativeTo());
        }
        json.put("source", target.source());
        json.put("quote", target.quote());
        String interpretation = Readings.in(target.interpretation(), messages.english());
        if (interpretation != null) {
            json.put("interpretation", interpretation);
        }
        return json;
    }

    static ObjectNode scope(TargetScope scope) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("level", scope.level().json());
        json.put("name", scope.name());
        json.put("code", scope.code());
        return json;
    }

    static Map<String, Object> mention(Mention mention) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", mention.name());
        putIfPresent(json, "township", mention.township());
        putIfPresent(json, "county", mention.county());
        json.put("source", mention.source());
        json.put("quote", mention.quote());
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /** The sections as console text, indented by level. */
    static String text(TownshipReport report, Messages messages) {
        StringBuilder text = new StringBuilder();
        for (ReportLines.Line line : ReportLines.of(report, messages)) {
            text.append("  ".repeat(line.indent())).append(line.text()).append('\n');
        }
        return text.toString();
    }
}
