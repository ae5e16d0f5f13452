package cn.yangquan.atlas.model.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Answers "what does the plan say about this township?" from the register. */
public final class RegisterQuery {
    private final PlanRegister register;

    public RegisterQuery(PlanRegister register) {
        this.register = register;
    }

    public TownshipReport reportFor(Township township) {
        Set<String> codes = Set.copyOf(register.codesFor(township.code()));
        var unit = new TownshipReport.Unit(township.code(), township.name(), register.countyName(township.county()));
        return new TownshipReport(unit,
                layerEntries(LayerGroup.CIRCLES, codes),
                layerEntries(LayerGroup.ZONES, codes),
                layerEntries(LayerGroup.INDUSTRIES, codes),
                programmeEntries(codes),
                siteEntries(codes, true),
                siteEntries(codes, false));
    }

    private List<TownshipReport.Entry> layerEntries(String groupId, Set<String> codes) {
        List<TownshipReport.Entry> entries = new ArrayList<>();
        register.group(groupId).ifPresent(group -> {
            for (PlanLayer layer : group.layers()) {
                for (Member member : layer.members()) {
                    if (codes.contains(member.township())) {
                        List<String> products = member.products().stream().map(layer::productName).toList();
                        entries.add(new TownshipReport.Entry(layer.id(), layer.name(), member.source(), member.quote(),
                                member.interpretation(), products, targetLines(layer.targets()),
                                viaNote(member.township(), codes)));
                    }
                }
            }
        });
        return entries;
    }

    private List<TownshipReport.Entry> programmeEntries(Set<String> codes) {
        List<TownshipReport.Entry> entries = new ArrayList<>();
        for (Programme programme : register.programmes()) {
            for (Member member : programme.members()) {
                if (codes.contains(member.township())) {
                    entries.add(new TownshipReport.Entry(programme.id(), programme.name(), member.source(),
                            member.quote(), member.interpretation(), List.of(), targetLines(programme.targets()),
                            viaNote(member.township(), codes)));
                }
            }
        }
        return entries;
    }

    private List<TownshipReport.Entry> siteEntries(Set<String> codes, boolean villages) {
        List<TownshipReport.Entry> entries = new ArrayList<>();
        for (Site site : register.places().sites()) {
            if (site.township() != null && codes.contains(site.township()) && "village".equals(site.kind()) == villages) {
                entries.add(new TownshipReport.Entry(site.id(), site.name(), site.source(), site.quote(),
                        site.interpretation(), List.of(), List.of(), site.placement()));
            }
        }
        return entries;
    }

    private static List<TownshipReport.TargetLine> targetLines(List<Target> targets) {
        return targets.stream().map(TownshipReport.TargetLine::of).toList();
    }

    /** Notes facts recorded under an obsolete unit that this township absorbed. */
    private String viaNote(String memberCode, Set<String> codes) {
        if (codes.size() > 1 && register.township(memberCode).map(Township::obsolete).orElse(false)) {
            return register.township(memberCode).map(t -> "原" + t.name() + " (" + t.code() + ")").orElse(null);
        }
        return null;
    }
}
