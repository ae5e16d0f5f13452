package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.i18n.TownshipLines;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.TownshipHeader;
import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.model.register.TownshipReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code info <township>}: everything the plan says about one township, as the inspector shows it. The name is
 * resolved by {@link TownshipResolver}; an ambiguous one lists its candidates on stderr and exits 1, as does an
 * unknown one.
 */
@Command(name = "info", description = "What the plan says about a township (full or short name, code, pinyin, "
        + "initials or part of a name).")
final class InfoCommand extends ListingCommand {
    @Parameters(paramLabel = "TOWNSHIP",
            description = "Township name, short name, 9-digit code, pinyin or initials, e.g. 西南舁乡, 西南舁, 140311200, xny.")
    String query;

    @Override
    public Integer call() {
        AtlasLoader.Loaded loaded = load();
        warn(loaded.problems());
        AtlasMap map = loaded.map();
        Township township = TownshipArgument.resolve(query, TownshipResolver.of(map.register()), messages(), err());
        TownshipReport report = new RegisterQuery(map.register()).reportFor(township);
        TownshipHeader header = TownshipHeader.of(map, township);
        var out = out();
        if (json) {
            out.println(Json.write(asJson(report, header, messages())));
        } else {
            out.print(TextReport.of(report, header, messages()));
        }
        out.flush();
        return 0;
    }

    private Messages messages() {
        return Messages.forLanguage(options.language);
    }

    /**
     * The report with the unit's header: kind; area and whether its boundary is schematic where it has a boundary of
     * its own; {@code obsolete_into} ({@code {"code", "name"}}) for a unit merged into another; {@code drawn_within}
     * likewise for the unit whose boundary contains it on the map; then the sections.
     */
    static Map<String, Object> asJson(TownshipReport report, TownshipHeader header, Messages messages) {
        Township township = header.township();
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", report.township().code());
        unit.put("name", report.township().name());
        unit.put("county", report.township().county());
        unit.put("kind", township.kind());
        if (header.mergedInto() != null) {
            unit.put("obsolete_into", reference(header.mergedInto()));
        }
        if (header.areaKm2() != null) {
            unit.put("area_km2", Math.round(header.areaKm2() * 10) / 10.0);
            unit.put("boundary_schematic", header.schematic());
        }
        if (header.boundariesLoaded()) {
            unit.put("own_boundary", header.ownBoundary());
        }
        if (header.drawnWithin() != null) {
            unit.put("drawn_within", reference(header.drawnWithin()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("township", unit);
        new ReportJson(messages).putSections(report, result);
        return result;
    }

    private static Map<String, Object> reference(Township township) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("code", township.code());
        reference.put("name", township.name());
        return reference;
    }

    /** Plain-text rendering of a report for the console. */
    static final class TextReport {
        private TextReport() {
        }

        static String of(TownshipReport report, TownshipHeader header, Messages messages) {
            StringBuilder text = new StringBuilder();
            var unit = report.township();
            text.append(unit.name()).append(" (").append(unit.code()).append("), ").append(unit.county());
            if (header.areaKm2() != null) {
                text.append(String.format(Locale.ROOT, ", %.1f km²", header.areaKm2()));
            }
            text.append('\n');
            TownshipLines.mergedInto(header, messages).ifPresent(line -> text.append(line).append('\n'));
            TownshipLines.boundaryNote(header, messages).ifPresent(line -> text.append(line).append('\n'));
            text.append(ReportJson.text(report, messages));
            return text.toString();
        }
    }
}
