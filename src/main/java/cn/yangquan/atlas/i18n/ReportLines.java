package cn.yangquan.atlas.i18n;

import cn.yangquan.atlas.model.register.Mention;
import cn.yangquan.atlas.model.register.Readings;
import cn.yangquan.atlas.model.register.TargetKind;
import cn.yangquan.atlas.model.register.TargetScope;
import cn.yangquan.atlas.model.register.TownshipReport;
import cn.yangquan.atlas.model.register.TownshipReport.Entry;
import cn.yangquan.atlas.model.register.TownshipReport.TargetLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sections of a township report as lines of text in the interface's language, for the inspector and
 * {@code info}: one loop over the report's sections. Every fact line is followed by its quote and section, and by
 * our reading where there is one; targets of wider scopes come under a heading that names whose they are.
 */
public final class ReportLines {
    private static final Set<String> INSPECTOR_SECTIONS = Set.of(TownshipReport.CIRCLES, TownshipReport.ZONES,
            TownshipReport.INDUSTRIES, TownshipReport.PROGRAMMES, TownshipReport.VILLAGES, TownshipReport.SITES);

    /** How a line is shown: the inspector styles each kind; the console indents by {@link Line#indent()}. */
    public enum Style { SECTION, NONE, ENTRY, SCOPE, TARGET, QUOTE, READING, NOTE, PLACE, MENTION }

    /** One line of text; {@code targetId} is the register id of the target a {@link Style#TARGET} line shows, else null. */
    public record Line(Style style, int indent, String text, String targetId) {
        public Line(Style style, int indent, String text) {
            this(style, indent, text, null);
        }
    }

    private final Messages messages;
    private final List<Line> lines = new ArrayList<>();

    private ReportLines(Messages messages) {
        this.messages = messages;
    }

    /** All section lines of a report (the header — name, code, county, area — is not included). */
    public static List<Line> of(TownshipReport report, Messages messages) {
        ReportLines builder = new ReportLines(messages);
        for (TownshipReport.Section section : report.sections()) {
            builder.section(report.township().code(), section);
        }
        return List.copyOf(builder.lines);
    }

    /** The title of a section, e.g. "功能农业圈" for {@code circles}. */
    public static String sectionTitle(String key, Messages messages) {
        return messages.get((INSPECTOR_SECTIONS.contains(key) ? "inspector." : "facts.section.") + key);
    }

    /** Whose targets these are: 全市, a county's or township's name, or a layer or programme as a whole. */
    public static String scopeHeading(TargetScope scope, Messages messages) {
        return switch (scope.level()) {
            case CITY -> messages.get("facts.scope.city");
            case LAYER -> messages.get("facts.scope.layer", scope.name());
            case PROGRAMME -> messages.get("facts.scope.programme", scope.name());
            case COUNTY -> scope.code() == null ? scope.name() : messages.get("facts.county." + scope.code());
            default -> scope.name();
        };
    }

    /** "粮食产量：23左右 万吨（2025）", "林果种植面积：翻番（基数：…）（未写年份）", with the kind where it is not an aim. */
    public static String target(TargetLine target, Messages messages) {
        StringBuilder text = new StringBuilder(target.indicator()).append(messages.get("facts.colon"));
        if (target.baseline() != null) {
            text.append(target.baseline()).append(" → ");
        }
        text.append(target.target());
        if (target.unit() != null) {
            text.append(' ').append(target.unit());
        }
        if (target.kind() == TargetKind.RELATIVE && target.relativeTo() != null) {
            text.append(messages.get("facts.relativeTo", target.relativeTo()));
        }
        text.append(target.year() == null ? messages.get("facts.noYear") : messages.get("facts.year", target.year()));
        if (target.kind() != null && target.kind() != TargetKind.TARGET) {
            text.append(' ').append(messages.get("facts.kind." + target.kind().json()));
        }
        return text.toString();
    }

    private void section(String ownCode, TownshipReport.Section section) {
        add(Style.SECTION, 0, sectionTitle(section.key(), messages) + " (" + section.entries().size() + ")");
        if (section.entries().isEmpty()) {
            add(Style.NONE, 1, messages.get("inspector.none"));
        }
        for (Entry entry : section.entries()) {
            entry(ownCode, entry);
        }
    }

    private void entry(String ownCode, Entry entry) {
        StringBuilder name = new StringBuilder("• ")
                .append(messages.english() && entry.nameEn() != null ? entry.nameEn() : entry.name());
        if (!entry.products().isEmpty()) {
            boolean english = messages.english() && entry.productsEn().size() == entry.products().size();
            name.append(" — ").append(messages.get("inspector.products"))
                    .append(english ? String.join(", ", entry.productsEn()) : String.join("、", entry.products()));
        }
        if (entry.relation() != null) {
            name.append(' ').append(messages.get("facts.relation." + entry.relation().kind(), entry.relation().name()));
        }
        add(Style.ENTRY, 0, name.toString());
        cite(1, entry.quote(), entry.source(), entry.interpretation());
        if (entry.ownerInterpretation() != null) {
            add(Style.READING, 1, messages.get("facts.ownerReading") + reading(entry.ownerInterpretation()));
        }
        if (entry.note() != null) {
            add(Style.NOTE, 1, messages.get("inspector.note") + entry.note());
        }
        for (TownshipReport.SiteLine site : entry.sites()) {
            String role = site.role() != null ? reading(site.role()) : messages.get("facts.siteKind." + site.kind());
            add(Style.PLACE, 1, role + messages.get("facts.colon") + site.name());
            cite(2, site.quote(), site.source(), null);
        }
        mentions(ownCode, "facts.enterprises", entry.enterprises());
        mentions(ownCode, "facts.brands", entry.brands());
        if (!entry.targets().isEmpty()) {
            add(Style.SCOPE, 1, messages.get("facts.ownTargets"));
            entry.targets().forEach(this::targetLines);
        }
        for (TownshipReport.ScopedTargets scoped : entry.widerTargets()) {
            add(Style.SCOPE, 1, messages.get("facts.widerTargets", scopeHeading(scoped.scope(), messages)));
            scoped.targets().forEach(this::targetLines);
        }
    }

    private void mentions(String ownCode, String key, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        List<String> names = mentions.stream().map(m -> ownCode.equals(m.township())
                ? m.name() + messages.get("facts.here") : m.name()).toList();
        add(Style.MENTION, 1, messages.get(key) + String.join("、", names));
        add(Style.QUOTE, 2, "— " + mentions.get(0).source());
    }

    private void targetLines(TargetLine target) {
        lines.add(new Line(Style.TARGET, 2, target(target, messages), target.id()));
        cite(3, target.quote(), target.source(), target.interpretation());
    }

    private void cite(int indent, String quote, String source, String interpretation) {
        add(Style.QUOTE, indent, "“" + quote + "” — " + source);
        if (interpretation != null) {
            add(Style.READING, indent, messages.get("inspector.interpretation") + reading(interpretation));
        }
    }

    private String reading(String stored) {
        return Readings.in(stored, messages.english());
    }

    private void add(Style style, int indent, String text) {
        lines.add(new Line(style, indent, text));
    }
}
