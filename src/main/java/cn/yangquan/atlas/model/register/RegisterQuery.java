package cn.yangquan.atlas.model.register;

import cn.yangquan.atlas.model.register.TownshipReport.Entry;
import cn.yangquan.atlas.model.register.TownshipReport.Relation;
import cn.yangquan.atlas.model.register.TownshipReport.ScopedTargets;
import cn.yangquan.atlas.model.register.TownshipReport.SiteLine;
import cn.yangquan.atlas.model.register.TownshipReport.TargetLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers "what does the plan say about this township?" from the register. A township's report holds what the plan
 * ties to it directly, then what its district (the whole) and, for a district, its parts carry, each marked with its
 * {@link Relation}. Targets are split by scope: the township's own first, the rest under the scope they belong to.
 */
public final class RegisterQuery {
    private final PlanRegister register;

    public RegisterQuery(PlanRegister register) {
        this.register = register;
    }

    /** The report for one township, every section present (empty where the plan says nothing). */
    public TownshipReport reportFor(Township township) {
        List<Reach> reaches = reaches(township);
        Set<String> ownCodes = new LinkedHashSet<>();
        reaches.stream().filter(r -> r.relation == null || !Relation.WHOLE.equals(r.relation.kind()))
                .forEach(r -> ownCodes.addAll(r.codes));
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        register.groups().forEach(g -> sections.putIfAbsent(g.section(), new ArrayList<>()));
        sections.putIfAbsent(TownshipReport.PROGRAMMES, new ArrayList<>());
        register.programmes().forEach(p -> sections.putIfAbsent(p.section(), new ArrayList<>()));
        sections.put(TownshipReport.VILLAGES, new ArrayList<>());
        sections.put(TownshipReport.SITES, new ArrayList<>());
        for (Reach reach : reaches) {
            for (LayerGroup group : register.groups()) {
                for (PlanLayer layer : group.layers()) {
                    addOwner(sections.get(group.section()), new Owner(layer.id(), layer.name(), layer.nameEn(), layer.interpretation(),
                            layer.members(), layer.sites(), layer.targets(), Map.of(), layer), reach, ownCodes);
                }
            }
            for (Programme programme : register.programmes()) {
                addOwner(sections.get(programme.section()), new Owner(programme.id(), programme.name(),
                        programme.nameEn(), programme.interpretation(), programme.members(), programme.sites(), programme.targets(),
                        programme.roles(), null), reach, ownCodes);
            }
            for (Site site : register.places().sites()) {
                if (site.township() != null && reach.codes.contains(site.township())) {
                    List<Entry> entries = sections.get("village".equals(site.kind()) ? TownshipReport.VILLAGES : TownshipReport.SITES);
                    if (entries.stream().noneMatch(e -> e.id().equals(site.id()))) {
                        entries.add(new Entry(site.id(), site.name(), null, site.source(), site.quote(), site.interpretation(),
                                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), reach.relation,
                                site.placement()));
                    }
                }
            }
        }
        var unit = new TownshipReport.Unit(township.code(), township.name(), register.countyName(township.county()));
        List<TownshipReport.Section> list = new ArrayList<>();
        sections.forEach((key, entries) -> list.add(new TownshipReport.Section(key, entries)));
        return new TownshipReport(unit, list);
    }

    /**
     * Our readings behind a layer, in the given language, for the layer tree and legend: the layer's own reading first,
     * then each distinct reading of its memberships. Empty when the layer is stated plainly.
     */
    public List<String> layerReadings(String layerId, boolean english) {
        return register.layer(layerId).map(l -> readings(l.interpretation(), l.members(), english)).orElse(List.of());
    }

    /** Our readings behind a programme, as {@link #layerReadings}. */
    public List<String> programmeReadings(String programmeId, boolean english) {
        return register.programmes().stream().filter(p -> p.id().equals(programmeId)).findFirst()
                .map(p -> readings(p.interpretation(), p.members(), english)).orElse(List.of());
    }

    private static List<String> readings(String own, List<Member> members, boolean english) {
        Set<String> readings = new LinkedHashSet<>();
        if (own != null) {
            readings.add(Readings.in(own, english));
        }
        members.stream().map(Member::interpretation).filter(java.util.Objects::nonNull)
                .forEach(reading -> readings.add(Readings.in(reading, english)));
        return List.copyOf(readings);
    }

    /** A layer or programme, seen the same way. */
    private record Owner(String id, String name, String nameEn, String interpretation, List<Member> members, List<String> sites,
                         List<Target> targets, Map<String, String> roles, PlanLayer layer) {
    }

    /** The codes through which a statement reaches the township, and how. */
    private record Reach(Set<String> codes, String county, Relation relation) {
    }

    private void addOwner(List<Entry> entries, Owner owner, Reach reach, Set<String> ownCodes) {
        if (entries.stream().anyMatch(e -> e.id().equals(owner.id))) {
            return;
        }
        List<SiteLine> sites = new ArrayList<>();
        for (String siteId : owner.sites) {
            register.site(siteId).filter(s -> s.township() != null && reach.codes.contains(s.township()))
                    .ifPresent(s -> sites.add(new SiteLine(s.id(), s.name(), s.kind(), owner.roles.get(s.kind()),
                            s.source(), s.quote())));
        }
        List<Member> members = owner.members.stream().filter(m -> reach.codes.contains(m.township())).toList();
        Target countyTarget = reach.relation == null && owner.members.isEmpty() ? owner.targets.stream()
                .filter(t -> t.scope() != null && t.scope().level() == TargetScope.Level.COUNTY)
                .filter(t -> reach.county.equals(t.scope().code())).findFirst().orElse(null) : null;
        if (members.isEmpty() && sites.isEmpty() && countyTarget == null) {
            return;
        }
        List<TargetLine> own = new ArrayList<>();
        Map<TargetScope, List<TargetLine>> wider = new LinkedHashMap<>();
        for (Target target : owner.targets) {
            if (isOwn(target, ownCodes)) {
                own.add(TargetLine.of(target));
            } else if (contains(target.scope(), reach.county)) {
                wider.computeIfAbsent(target.scope(), s -> new ArrayList<>()).add(TargetLine.of(target));
            }
        }
        List<ScopedTargets> scoped = new ArrayList<>();
        wider.forEach((scope, lines) -> scoped.add(new ScopedTargets(scope, lines)));
        List<Mention> enterprises = owner.layer == null ? List.of() : owner.layer.enterprises();
        List<Mention> brands = owner.layer == null ? List.of() : owner.layer.brands();
        if (members.isEmpty() && sites.isEmpty()) {
            // A programme that names no township but sets a figure for this township's county.
            entries.add(new Entry(owner.id, owner.name, owner.nameEn, countyTarget.source(), countyTarget.quote(), null,
                    owner.interpretation, List.of(), List.of(), own, scoped, enterprises, brands, sites,
                    new Relation(Relation.COUNTY, countyTarget.scope().code(), countyTarget.scope().name()), null));
            return;
        }
        if (members.isEmpty()) {
            Relation relation = reach.relation != null ? reach.relation
                    : new Relation(Relation.SITE, sites.get(0).id(), sites.get(0).name());
            entries.add(new Entry(owner.id, owner.name, owner.nameEn, sites.get(0).source(), sites.get(0).quote(), null,
                    owner.interpretation, List.of(), List.of(), own, scoped, enterprises, brands, sites, relation, null));
            return;
        }
        // One entry per membership: a township and an obsolete unit merged into it may both be members.
        for (Member member : members) {
            Relation relation = reach.relation;
            if (relation == null && !member.township().equals(reach.codes.iterator().next())) {
                relation = register.township(member.township())
                        .map(t -> new Relation(Relation.MERGED, t.code(), t.name())).orElse(null);
            }
            List<String> products = owner.layer == null ? List.of()
                    : member.products().stream().map(owner.layer::productName).toList();
            List<String> productsEn = owner.layer == null ? List.of()
                    : member.products().stream().map(owner.layer::productNameEn).toList();
            entries.add(new Entry(owner.id, owner.name, owner.nameEn, member.source(), member.quote(), member.interpretation(),
                    owner.interpretation, products, productsEn, own, scoped, enterprises, brands, sites, relation, null));
        }
    }

    /** Whether a target is the township's own: scoped to one of its codes, or to a named place inside it. */
    private boolean isOwn(Target target, Set<String> ownCodes) {
        TargetScope scope = target.scope();
        if (scope == null || scope.code() == null) {
            return false;
        }
        return switch (scope.level()) {
            case TOWNSHIP -> ownCodes.contains(scope.code());
            case SITE -> register.site(scope.code()).map(Site::township).filter(ownCodes::contains).isPresent();
            default -> false;
        };
    }

    /**
     * Whether a wider scope takes in a township of the county: the city, its own county (or a group of counties the
     * plan names together, such as 市辖区（城区、矿区、郊区）, which has no single code), or the layer or programme as a
     * whole. Another county's, township's or site's figure is that place's, and is shown with it, not here.
     */
    private boolean contains(TargetScope scope, String county) {
        if (scope == null) {
            return true;
        }
        return switch (scope.level()) {
            case CITY, LAYER, PROGRAMME -> true;
            case COUNTY -> scope.code() == null ? scope.name().contains(register.countyName(county))
                    : county.equals(scope.code());
            case TOWNSHIP, SITE -> false;
        };
    }

    /** The township's own codes (with merged units), then its district as a whole, then its parts if it is one. */
    private List<Reach> reaches(Township township) {
        List<Reach> reaches = new ArrayList<>();
        reaches.add(new Reach(new LinkedHashSet<>(register.codesFor(township.code())), township.county(), null));
        boolean district = "district".equals(township.kind());
        if (!district) {
            register.township(township.county()).filter(t -> "district".equals(t.kind()))
                    .ifPresent(whole -> reaches.add(new Reach(Set.of(whole.code()), whole.county(),
                            new Relation(Relation.WHOLE, whole.code(), whole.name()))));
        } else {
            for (Township part : register.townships()) {
                if (township.code().equals(part.county()) && !part.obsolete() && !part.code().equals(township.code())) {
                    reaches.add(new Reach(Set.of(part.code()), part.county(), new Relation(Relation.PART, part.code(), part.name())));
                }
            }
        }
        return reaches;
    }
}
