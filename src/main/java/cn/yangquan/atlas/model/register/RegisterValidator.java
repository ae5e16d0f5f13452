package cn.yangquan.atlas.model.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the register for soundness: references resolve, ids are unique, every plan fact is cited with a quote that
 * occurs verbatim in the plan, printed numbers parse, every township that chapter 2 sections 4-5 name belongs to
 * at least one layer, every target says whose it is and what kind of figure it is, no target carries a year that its
 * sentence does not state, and every reading stands on its own in both languages.
 */
public final class RegisterValidator {
    public static final String PLACES = "places.json";
    public static final String LAYERS = "layers.json";
    public static final String PROGRAMMES = "programmes.json";
    public static final String INDICATORS = "indicators.json";

    private final PlanRegister register;
    private final PlanText plan;
    private final List<RegisterProblem> problems = new ArrayList<>();
    private final Map<String, String> idOwners = new HashMap<>();
    private int quotesChecked;

    /** @param plan the plan text, or null to skip the checks that need it */
    public RegisterValidator(PlanRegister register, PlanText plan) {
        this.register = register;
        this.plan = plan;
    }

    /** What validation found, and how many quotes it matched against the plan. */
    public record Result(List<RegisterProblem> problems, int quotesChecked) {
        public boolean sound() {
            return problems.isEmpty();
        }
    }

    public Result validate() {
        problems.clear();
        idOwners.clear();
        quotesChecked = 0;
        checkPlaces();
        checkLayers();
        checkProgrammes();
        checkIndicators();
        checkSectionCoverage();
        return new Result(List.copyOf(problems), quotesChecked);
    }

    private void checkPlaces() {
        Set<String> codes = new HashSet<>();
        for (County county : register.places().counties()) {
            require(PLACES, county.code(), county.code() != null && county.code().matches("\\d{6}"), "county code must have 6 digits");
        }
        for (Township township : register.townships()) {
            String id = "township " + township.code();
            if (!codes.add(township.code())) {
                problem(PLACES, id, "duplicate township code");
            }
            require(PLACES, id, township.code() != null && township.code().matches("\\d{6}|\\d{9}"), "code must have 9 digits (6 for a whole district)");
            require(PLACES, id, township.name() != null && !township.name().isBlank(), "name is missing");
            require(PLACES, id, register.county(township.county()).isPresent(), "county " + township.county() + " is not among the counties");
            if (township.obsolete()) {
                require(PLACES, id, register.township(township.obsoleteInto()).isPresent(), "obsolete_into " + township.obsoleteInto() + " is not a township");
            }
        }
        Set<String> placedNames = new HashSet<>();
        for (Site site : register.places().sites()) {
            claimId(PLACES, site.id());
            if (site.township() != null && !placedNames.add(site.name() + "@" + site.township())) {
                problem(PLACES, site.id(), "another site has the same name in township " + site.township() + ": reuse it");
            }
            checkCitation(PLACES, site.id(), site);
            if (site.township() != null) {
                require(PLACES, site.id(), register.township(site.township()).isPresent(), "township " + site.township() + " is not among the places");
            }
            if (site.county() != null) {
                require(PLACES, site.id(), register.county(site.county()).isPresent(), "county " + site.county() + " is not among the counties");
            }
            require(PLACES, site.id(), site.placement() != null && !site.placement().isBlank(), "placement must say how the site was placed, or why not");
        }
    }

    private void checkLayers() {
        Set<String> required = Set.of(LayerGroup.CIRCLES, LayerGroup.ZONES, LayerGroup.INDUSTRIES);
        Set<String> present = new HashSet<>();
        for (LayerGroup group : register.groups()) {
            present.add(group.id());
            claimId(LAYERS, group.id());
            checkCitation(LAYERS, group.id(), group);
            require(LAYERS, group.id(), LayerGroup.AREA.equals(group.draw()) || LayerGroup.MARKER.equals(group.draw()),
                    "draw must be area or marker: " + group.draw());
            for (PlanLayer layer : group.layers()) {
                claimId(LAYERS, layer.id());
                checkCitation(LAYERS, layer.id(), layer);
                Set<String> productIds = new HashSet<>();
                layer.productLines().forEach(p -> productIds.add(p.id()));
                for (Member member : layer.members()) {
                    String item = layer.id() + " member " + member.township();
                    checkMember(LAYERS, item, member);
                    for (String product : member.products()) {
                        require(LAYERS, item, productIds.contains(product), "product line " + product + " is not defined in the layer");
                    }
                }
                checkSites(LAYERS, layer.id(), layer.sites());
                layer.enterprises().forEach(e -> checkMention(layer.id() + " enterprise " + e.name(), e));
                layer.brands().forEach(b -> checkMention(layer.id() + " brand " + b.name(), b));
                layer.targets().forEach(t -> checkTarget(LAYERS, t));
            }
        }
        for (String groupId : required) {
            require(LAYERS, groupId, present.contains(groupId), "group is missing");
        }
    }

    private void checkProgrammes() {
        for (Programme programme : register.programmes()) {
            claimId(PROGRAMMES, programme.id());
            checkCitation(PROGRAMMES, programme.id(), programme);
            programme.members().forEach(m -> checkMember(PROGRAMMES, programme.id() + " member " + m.township(), m));
            checkSites(PROGRAMMES, programme.id(), programme.sites());
            programme.targets().forEach(t -> checkTarget(PROGRAMMES, t));
        }
    }

    private void checkIndicators() {
        Set<String> rows = new HashSet<>();
        for (IndicatorRow row : register.indicators()) {
            String item = row.table() + " row " + row.row();
            if (!rows.add(item)) {
                problem(INDICATORS, item, "duplicate row");
            }
            require(INDICATORS, item, row.indicator() != null && !row.indicator().isBlank(), "indicator is missing");
            require(INDICATORS, item, "预期性".equals(row.attribute()) || "约束性".equals(row.attribute()), "attribute must be 预期性 or 约束性: " + row.attribute());
            checkCitation(INDICATORS, item, row);
            if (row.categoryInterpretation() != null) {
                String problem = Readings.problem(row.categoryInterpretation());
                require(INDICATORS, item, problem == null, "category_interpretation " + problem);
            }
            checkNumber(INDICATORS, item, "baseline", row.baseline());
            checkNumber(INDICATORS, item, "target", row.target());
            checkNumber(INDICATORS, item, "growth", row.growth());
        }
    }

    /** Every township named in chapter 2 sections 4-5 must be a member of at least one layer. */
    private void checkSectionCoverage() {
        if (plan == null) {
            return;
        }
        String sections = plan.between("第四节 培植六大", "第三章");
        if (sections.isEmpty()) {
            problem("plan text", "第二章第四节", "section not found; cannot check township coverage");
            return;
        }
        Set<String> members = new HashSet<>();
        register.allLayers().flatMap(l -> l.members().stream())
                .forEach(m -> members.add(register.currentCode(m.township())));
        for (Township township : register.townships()) {
            if ("district".equals(township.kind()) || "other".equals(township.kind())) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(township.aliases());
            names.add(township.name());
            boolean named = names.stream().anyMatch(sections::contains);
            if (named && !members.contains(register.currentCode(township.code()))) {
                problem(LAYERS, "township " + township.code() + " " + township.name(),
                        "named in chapter 2 sections 4-5 but a member of no layer");
            }
        }
    }

    private void checkMention(String item, Mention mention) {
        checkCitation(LAYERS, item, mention);
        if (mention.township() != null) {
            require(LAYERS, item, register.township(mention.township()).isPresent(), "township " + mention.township() + " is not among the places");
        }
        if (mention.county() != null) {
            require(LAYERS, item, register.county(mention.county()).isPresent(), "county " + mention.county() + " is not among the counties");
        }
    }

    private void checkMember(String file, String item, Member member) {
        checkCitation(file, item, member);
        require(file, item, register.township(member.township()).isPresent(), "township " + member.township() + " is not among the places");
    }

    private void checkSites(String file, String owner, List<String> siteIds) {
        for (String siteId : siteIds) {
            require(file, owner, register.site(siteId).isPresent(), "site " + siteId + " is not among the places");
        }
    }

    private void checkTarget(String file, Target target) {
        claimId(file, target.id());
        checkCitation(file, target.id(), target);
        require(file, target.id(), target.indicator() != null && !target.indicator().isBlank(), "indicator is missing");
        require(file, target.id(), target.target() != null && !target.target().isBlank(), "target is missing");
        checkNumber(file, target.id(), "baseline", target.baseline());
        checkNumber(file, target.id(), "target", target.target());
        checkScope(file, target);
        require(file, target.id(), target.kind() != null, "kind is missing (target, baseline, resource or relative)");
        boolean relative = target.kind() == TargetKind.RELATIVE;
        boolean hasBase = target.relativeTo() != null && !target.relativeTo().isBlank();
        require(file, target.id(), relative == hasBase, relative ? "a relative target needs relative_to (its base)"
                : "relative_to is only for relative targets");
        if (target.year() != null && plan != null) {
            require(file, target.id(), plan.statesYear(target.quote(), target.year()),
                    "year " + target.year() + " is not stated by the quote or the paragraph it stands in; use null");
        }
    }

    private void checkScope(String file, Target target) {
        TargetScope scope = target.scope();
        if (scope == null || scope.level() == null) {
            problem(file, target.id(), "scope is missing (city, county, layer, programme, township or site)");
            return;
        }
        require(file, target.id(), scope.name() != null && !scope.name().isBlank(), "scope name is missing");
        switch (scope.level()) {
            // A county scope without code names several districts together (市辖区).
            case COUNTY -> require(file, target.id(), scope.code() == null || register.county(scope.code()).isPresent(), "scope county " + scope.code() + " is not among the counties");
            case TOWNSHIP -> require(file, target.id(), register.township(scope.code()).isPresent(), "scope township " + scope.code() + " is not among the places");
            case SITE -> require(file, target.id(), register.site(scope.code()).isPresent(), "scope site " + scope.code() + " is not among the places");
            default -> require(file, target.id(), scope.code() == null, "a " + scope.level().json() + " scope has no code");
        }
    }

    private void checkNumber(String file, String item, String field, String printed) {
        if (TargetValue.parse(printed).isEmpty()) {
            problem(file, item, field + " starts like a number but does not parse: " + printed);
        }
    }

    private void checkCitation(String file, String item, Cited cited) {
        require(file, item, cited.source() != null && !cited.source().isBlank(), "source is missing");
        boolean hasQuote = cited.quote() != null && !cited.quote().isBlank();
        require(file, item, hasQuote, "quote is missing");
        if (hasQuote && plan != null) {
            quotesChecked++;
            require(file, item, plan.contains(cited.quote()), "quote does not occur in the plan: " + cited.quote());
        }
        if (cited.interpretation() != null) {
            String problem = Readings.problem(cited.interpretation());
            require(file, item, problem == null, "interpretation " + problem);
        }
    }

    private void claimId(String file, String id) {
        if (id == null || id.isBlank()) {
            problem(file, "(no id)", "item has no id");
            return;
        }
        String owner = idOwners.putIfAbsent(id, file);
        if (owner != null) {
            problem(file, id, "duplicate id (also in " + owner + ")");
        }
    }

    private void require(String file, String item, boolean condition, String message) {
        if (!condition) {
            problem(file, item, message);
        }
    }

    private void problem(String file, String item, String message) {
        problems.add(new RegisterProblem(file, item, message));
    }
}
