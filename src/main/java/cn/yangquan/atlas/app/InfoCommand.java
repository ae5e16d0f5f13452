package cn.yangquan.atlas.app;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.model.register.TownshipReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code info <township>}: everything the plan says about one township, as the inspector shows it. */
@Command(name = "info", description = "What the plan says about a township (name, part of it, or code).")
final class InfoCommand extends ListingCommand {
    @Parameters(paramLabel = "TOWNSHIP", description = "Township name or 9-digit code, e.g. 西南舁乡, 西南舁, 140311200.")
    String query;

    @Override
    public Integer call() {
        AtlasLoader.Loaded loaded = load();
        warn(loaded.problems());
        AtlasMap map = loaded.map();
        Township township = map.register().findTownship(query)
                .orElseThrow(() -> new CommandFailure("no township matches \"" + query + "\""));
        TownshipReport report = new RegisterQuery(map.register()).reportFor(township);
        var out = out();
        if (json) {
            out.println(Json.write(asJson(report, map, township)));
        } else {
            out.print(TextReport.of(report, areaKm2(map, township)));
        }
        out.flush();
        return 0;
    }

    /** The report with the township's area and whether its boundary is schematic added to the township object. */
    static Map<String, Object> asJson(TownshipReport report, AtlasMap map, Township township) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", report.township().code());
        unit.put("name", report.township().name());
        unit.put("county", report.township().county());
        unit.put("kind", township.kind());
        Double area = areaKm2(map, township);
        if (area != null) {
            unit.put("area_km2", Math.round(area * 10) / 10.0);
            unit.put("boundary_schematic", map.boundaries().schematic());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("township", unit);
        result.put("circles", report.circles());
        result.put("zones", report.zones());
        result.put("industries", report.industries());
        result.put("programmes", report.programmes());
        result.put("villages", report.villages());
        result.put("sites", report.sites());
        return result;
    }

    static Double areaKm2(AtlasMap map, Township township) {
        return map.join().feature(township.code()).map(Feature::geometry).map(g -> g.getArea() / 1e6).orElse(null);
    }

    /** Plain-text rendering of a report for the console. */
    static final class TextReport {
        private TextReport() {
        }

        static String of(TownshipReport report, Double area) {
            StringBuilder text = new StringBuilder();
            var unit = report.township();
            text.append(unit.name()).append(" (").append(unit.code()).append("), ").append(unit.county());
            if (area != null) {
                text.append(String.format(", %.1f km²", area));
            }
            text.append('\n');
            section(text, "circles", report.circles());
            section(text, "zones", report.zones());
            section(text, "industries", report.industries());
            section(text, "programmes", report.programmes());
            section(text, "villages", report.villages());
            section(text, "sites", report.sites());
            return text.toString();
        }

        private static void section(StringBuilder text, String title, List<TownshipReport.Entry> entries) {
            text.append(title).append(": ").append(entries.isEmpty() ? "(none in the plan)" : "").append('\n');
            for (TownshipReport.Entry entry : entries) {
                text.append("  - ").append(entry.name());
                if (!entry.products().isEmpty()) {
                    text.append(" [").append(String.join("、", entry.products())).append(']');
                }
                text.append("  «").append(entry.quote()).append("» ").append(entry.source());
                if (entry.interpretation() != null) {
                    text.append("  (interpretation: ").append(entry.interpretation()).append(')');
                }
                text.append('\n');
                for (TownshipReport.TargetLine target : entry.targets()) {
                    text.append("      ").append(target.indicator()).append(": ")
                            .append(target.baseline() == null ? "" : target.baseline() + " → ")
                            .append(target.target()).append(target.unit() == null ? "" : " " + target.unit())
                            .append(target.year() == null ? "" : " (" + target.year() + ")").append('\n');
                }
            }
        }
    }
}
