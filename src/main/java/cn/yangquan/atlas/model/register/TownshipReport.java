package cn.yangquan.atlas.model.register;

import java.util.List;

/**
 * Everything the plan says about one township, section by section, as the inspector and {@code info} show it. The
 * sections come from the register (each layer group and programme names the section it feeds), in the register's
 * order, followed by villages and other places. An empty section means the plan says nothing of that kind here.
 */
public record TownshipReport(Unit township, List<Section> sections) {
    public static final String CIRCLES = "circles";
    public static final String ZONES = "zones";
    public static final String INDUSTRIES = "industries";
    public static final String PROGRAMMES = "programmes";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String VILLAGES = "villages";
    public static final String SITES = "sites";

    public TownshipReport {
        sections = List.copyOf(sections);
    }

    /** The township itself. */
    public record Unit(String code, String name, String county) {
    }

    /** One section: its key (e.g. {@link #INDUSTRIES}) and its entries. */
    public record Section(String key, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One statement of the plan about the township, with its citation.
     *
     * @param nameEn              the layer's or programme's English name; null for places, whose names are not translated
     * @param interpretation      our reading of this membership or place, stored as "中文 / English"; null if none
     * @param ownerInterpretation our reading of the layer or programme as a whole; null if none
     * @param productsEn          the product lines' English names, in the same order as {@code products}
     * @param targets             the township's own targets: scoped to it, or to a site in it
     * @param widerTargets        the layer's or programme's other targets, grouped by whose they are (全市, a county, …)
     * @param enterprises         the layer's 重点企业/领军企业 (industries); a mention tied to this place says so
     * @param sites               the layer's or programme's named places that lie here, with their role in it
     * @param relation            how this township comes by the statement when not directly: through a merged unit,
     *                            the district it belongs to, one of its parts, or a named place in it; null if directly
     * @param note                how a place was placed (sites), else null
     */
    public record Entry(String id, String name, String nameEn, String source, String quote, String interpretation,
                        String ownerInterpretation, List<String> products, List<String> productsEn,
                        List<TargetLine> targets,
                        List<ScopedTargets> widerTargets, List<Mention> enterprises, List<Mention> brands,
                        List<SiteLine> sites, Relation relation, String note) {
        public Entry {
            products = products == null ? List.of() : List.copyOf(products);
            productsEn = productsEn == null ? List.of() : List.copyOf(productsEn);
            targets = targets == null ? List.of() : List.copyOf(targets);
            widerTargets = widerTargets == null ? List.of() : List.copyOf(widerTargets);
            enterprises = enterprises == null ? List.of() : List.copyOf(enterprises);
            brands = brands == null ? List.of() : List.copyOf(brands);
            sites = sites == null ? List.of() : List.copyOf(sites);
        }
    }

    /** Targets of one wider scope, shown under a heading that names it. */
    public record ScopedTargets(TargetScope scope, List<TargetLine> targets) {
        public ScopedTargets {
            targets = List.copyOf(targets);
        }
    }

    /** A named place of a layer or programme that lies in the township; {@code role} is stored as "中文 / English". */
    public record SiteLine(String id, String name, String kind, String role, String source, String quote) {
    }

    /**
     * How a statement reaches the township indirectly.
     *
     * @param kind {@code merged} (an obsolete unit merged into it), {@code whole} (the district it is part of),
     *             {@code part} (a unit inside this district), {@code site} (a named place in it) or {@code county}
     *             (a figure the plan sets for its county, in a programme that names no township)
     * @param code the other unit's or county's code, or the site id
     * @param name its name
     */
    public record Relation(String kind, String code, String name) {
        public static final String MERGED = "merged";
        public static final String WHOLE = "whole";
        public static final String PART = "part";
        public static final String SITE = "site";
        public static final String COUNTY = "county";
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

    /** The entries of one section; empty when the report has no such section or it is empty. */
    public List<Entry> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().map(Section::entries).orElse(List.of());
    }

    public List<Entry> circles() {
        return section(CIRCLES);
    }

    public List<Entry> zones() {
        return section(ZONES);
    }

    public List<Entry> industries() {
        return section(INDUSTRIES);
    }

    public List<Entry> programmes() {
        return section(PROGRAMMES);
    }

    public List<Entry> villages() {
        return section(VILLAGES);
    }

    public List<Entry> sites() {
        return section(SITES);
    }

    public boolean saysNothing() {
        return sections.stream().allMatch(s -> s.entries().isEmpty());
    }

    /**
     * Whether the plan names the township itself, a unit merged into it, one of its parts or a place in it; what
     * reaches it only through its district or its county does not count.
     */
    public boolean namesItself() {
        return sections.stream().flatMap(s -> s.entries().stream()).map(Entry::relation)
                .anyMatch(r -> r == null || !(Relation.WHOLE.equals(r.kind()) || Relation.COUNTY.equals(r.kind())));
    }
}
