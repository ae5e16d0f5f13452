package cn.yangquan.atlas.model.register;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.PlanTextReader;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterValidatorTest {
    private final RegisterReader.Loaded loaded = new RegisterReader().read(TestData.DATA);
    private final PlanRegister register = loaded.register();
    private final PlanText plan;

    RegisterValidatorTest() throws Exception {
        plan = PlanTextReader.read(TestData.PLAN).orElseThrow();
    }

    @Test
    void theShippedRegisterIsSoundAndEveryQuoteIsInThePlan() {
        assertThat(loaded.problems()).isEmpty();
        RegisterValidator.Result result = new RegisterValidator(register, plan).validate();
        assertThat(result.problems()).isEmpty();
        assertThat(result.quotesChecked()).isGreaterThan(500);
    }

    @Test
    void theRegisterHoldsTheLayoutThePlanDescribes() {
        assertThat(register.group(LayerGroup.CIRCLES).orElseThrow().layers()).hasSize(3);
        assertThat(register.group(LayerGroup.ZONES).orElseThrow().layers()).hasSize(8);
        assertThat(register.group(LayerGroup.INDUSTRIES).orElseThrow().layers()).hasSize(6);
        assertThat(register.indicators().stream().filter(r -> r.table().equals("表1"))).hasSize(30);
        assertThat(register.indicators().stream().filter(r -> r.table().equals("表2"))).hasSize(18);
    }

    @Test
    void aQuoteNotInThePlanIsReportedWithItsItem() {
        PlanLayer zone = register.layer("zone-grain").orElseThrow();
        PlanLayer altered = new PlanLayer(zone.id(), zone.name(), zone.nameEn(), zone.description(), zone.source(),
                "打造30万亩高标准粮田", zone.interpretation(), zone.productLines(), zone.members(), zone.sites(),
                zone.enterprises(), zone.brands(), zone.targets());
        RegisterValidator.Result result = new RegisterValidator(withLayer(altered), plan).validate();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("layers.json");
            assertThat(p.item()).isEqualTo("zone-grain");
            assertThat(p.message()).contains("does not occur in the plan");
        });
    }

    @Test
    void unresolvedTownshipsMissingCitationsAndDuplicateIdsAreReported() {
        PlanLayer zone = register.layer("zone-grain").orElseThrow();
        List<Member> members = new ArrayList<>(zone.members());
        members.add(new Member("140399999", List.of(), "第二章第五节", "以盂县东梁、西烟、西潘、苌池等乡镇为重点", null));
        members.add(new Member("140322107", List.of(), null, null, null));
        PlanLayer altered = new PlanLayer("zone-fruit", zone.name(), zone.nameEn(), zone.description(), zone.source(),
                zone.quote(), null, zone.productLines(), members, zone.sites(), zone.enterprises(), zone.brands(), List.of());
        RegisterValidator.Result result = new RegisterValidator(withLayer(altered), plan).validate();
        assertThat(result.problems()).extracting(RegisterProblem::toString)
                .anyMatch(s -> s.contains("140399999 is not among the places"))
                .anyMatch(s -> s.contains("source is missing"))
                .anyMatch(s -> s.contains("quote is missing"))
                .anyMatch(s -> s.contains("zone-fruit") && s.contains("duplicate id"));
    }

    @Test
    void aBaseTownshipLeftOutOfEveryLayerIsReported() {
        List<LayerGroup> groups = new ArrayList<>();
        for (LayerGroup group : register.groups()) {
            List<PlanLayer> layers = group.layers().stream().map(l -> new PlanLayer(l.id(), l.name(), l.nameEn(),
                    l.description(), l.source(), l.quote(), l.interpretation(), l.productLines(),
                    l.members().stream().filter(m -> !m.township().equals("140321201")).toList(),
                    l.sites(), l.enterprises(), l.brands(), l.targets())).toList();
            groups.add(new LayerGroup(group.id(), group.name(), group.nameEn(), group.draw(), group.section(), group.source(), group.quote(), null, layers));
        }
        PlanRegister without = new PlanRegister(register.places(), new LayersFile(groups),
                new ProgrammesFile(register.programmes()), new IndicatorsFile(register.indicators()));
        assertThat(new RegisterValidator(without, plan).validate().problems()).extracting(RegisterProblem::toString)
                .anyMatch(s -> s.contains("岔口乡") && s.contains("member of no layer"));
    }

    @Test
    void everyIndustryBaseTownshipReportsItsIndustryWithProductsAndTargets() {
        RegisterQuery query = new RegisterQuery(register);
        for (PlanLayer industry : register.group(LayerGroup.INDUSTRIES).orElseThrow().layers()) {
            for (Member member : industry.members()) {
                Township township = register.township(register.currentCode(member.township())).orElseThrow();
                TownshipReport report = query.reportFor(township);
                assertThat(report.industries()).as(township.name() + " in " + industry.name())
                        .anySatisfy(entry -> {
                            assertThat(entry.id()).isEqualTo(industry.id());
                            assertThat(entry.products()).isNotEmpty();
                            assertThat(entry.quote()).isNotBlank();
                        });
            }
        }
    }

    @Test
    void xinanyiReportsItsCircleZoneIndustriesAndVillages() {
        Township xinanyi = register.township("140311200").orElseThrow();
        TownshipReport report = new RegisterQuery(register).reportFor(xinanyi);
        assertThat(report.township().county()).isEqualTo("郊区");
        assertThat(report.zones()).extracting(TownshipReport.Entry::id).contains("zone-fruit");
        assertThat(report.industries()).extracting(TownshipReport.Entry::id)
                .contains("industry-grains", "industry-livestock", "industry-fruitveg", "industry-functional");
        // The industries' figures are the city's, so they come under the city, not as the township's own.
        assertThat(report.industries()).flatExtracting(TownshipReport.Entry::targets).isEmpty();
        assertThat(report.industries()).flatExtracting(TownshipReport.Entry::widerTargets).isNotEmpty();
        assertThat(report.circles()).isNotEmpty();
    }

    @Test
    void factsOfAnObsoleteTownshipAppearUnderItsSuccessor() {
        Township shangshe = register.township("140322106").orElseThrow();
        TownshipReport report = new RegisterQuery(register).reportFor(shangshe);
        assertThat(report.industries()).anySatisfy(e -> assertThat(e.relation())
                .isEqualTo(new TownshipReport.Relation(TownshipReport.Relation.MERGED, "140322202", "下社乡")));
    }

    private PlanRegister withLayer(PlanLayer replacement) {
        List<LayerGroup> groups = new ArrayList<>();
        for (LayerGroup group : register.groups()) {
            List<PlanLayer> layers = new ArrayList<>();
            for (PlanLayer layer : group.layers()) {
                layers.add(layer.id().equals("zone-grain") ? replacement : layer);
            }
            groups.add(new LayerGroup(group.id(), group.name(), group.nameEn(), group.draw(), group.section(), group.source(), group.quote(),
                    group.interpretation(), layers));
        }
        return new PlanRegister(register.places(), new LayersFile(groups), new ProgrammesFile(register.programmes()),
                new IndicatorsFile(register.indicators()));
    }
}
