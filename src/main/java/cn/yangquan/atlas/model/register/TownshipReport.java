package cn.yangquan.atlas.model.register;

import java.util.List;

/**
 * Everything the plan says about one township, section by section, as the inspector and {@code info --json} show it.
 * Empty lists mean the plan says nothing of that kind about the township.
 */
public record TownshipReport(Unit township, List<Entry> circles, List<Entry> zones, List<Entry> industries,
                             List<Entry> programmes, List<Entry> villages, List<Entry> sites) {

    /** The township itself. */
    public record Unit(String code, String name, String county) {
    }

    /** One statement of the plan about the township, with its citation. */
    public record Entry(String id, String name, String source, String quote, String interpretation,
                        List<String> products, List<TargetLine> targets, String note) {
        public Entry {
            products = products == null ? List.of() : List.copyOf(products);
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /** A target as shown: indicator, baseline, target, unit, year, scope and kind, with its citation. */
    public record TargetLine(String id, String indicator, String baseline, String target, String unit, Integer year,
                             TargetScope scope, TargetKind kind, String relativeTo,
                             String source, String quote, String interpretation) {
        static TargetLine of(Target target) {
            return new TargetLine(target.id(), target.indicator(), target.baseline(), target.target(), target.unit(),
                    target.year(), target.scope(), target.kind(), target.relativeTo(),
                    target.source(), target.quote(), target.interpretation());
        }
    }

    public boolean saysNothing() {
        return circles.isEmpty() && zones.isEmpty() && industries.isEmpty() && programmes.isEmpty()
                && villages.isEmpty() && sites.isEmpty();
    }
}
