package cn.yangquan.atlas.model.register;

import cn.yangquan.atlas.model.TownshipResolver;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.PlanTextReader;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.TargetScope.Level;
import cn.yangquan.atlas.model.register.TownshipReport.Entry;
import cn.yangquan.atlas.model.register.TownshipReport.TargetLine;
import cn.yangquan.atlas.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Whose figure, which year and what kind: the shipped register against the plan text, pinned value by value. */
class TargetFactsTest {
    private final PlanRegister register = new RegisterReader().read(TestData.DATA).register();
    private final RegisterQuery query = new RegisterQuery(register);
    private final PlanText plan;

    TargetFactsTest() throws Exception {
        plan = PlanTextReader.read(TestData.PLAN).orElseThrow();
    }

    private Target target(String id) {
        return Stream.concat(register.allLayers().flatMap(l -> l.targets().stream()),
                        register.programmes().stream().flatMap(p -> p.targets().stream()))
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no target " + id));
    }

    private TownshipReport report(String name) {
        var resolution = TownshipResolver.of(register).resolve(name);
        if (!(resolution instanceof TownshipResolver.Found found)) {
            throw new AssertionError(name + " does not resolve to one township: " + resolution);
        }
        return query.reportFor(found.township());
    }

    private static Stream<Entry> entries(TownshipReport report) {
        return report.sections().stream().flatMap(s -> s.entries().stream());
    }

    private static List<TargetLine> own(TownshipReport report) {
        return entries(report).flatMap(e -> e.targets().stream()).toList();
    }

    private static List<TargetLine> wider(TownshipReport report) {
        return entries(report).flatMap(e -> e.widerTargets().stream()).flatMap(s -> s.targets().stream()).toList();
    }

    @Test
    void widerFiguresAreOnlyThoseOfScopesThatTakeTheTownshipIn() {
        for (Township township : register.townships()) {
            List<TargetScope> scopes = entries(query.reportFor(township)).flatMap(e -> e.widerTargets().stream())
                    .map(TownshipReport.ScopedTargets::scope).toList();
            assertThat(scopes).as(township.name()).allSatisfy(scope -> {
                assertThat(scope.level()).isNotIn(Level.TOWNSHIP, Level.SITE);
                if (scope.level() == Level.COUNTY && scope.code() != null) {
                    assertThat(scope.code()).isEqualTo(township.county());
                }
            });
        }
        // 冶西镇 is in 平定县: 盂县's waste facility and 孙家庄镇's grain area are not shown as wider figures there.
        assertThat(wider(report("冶西镇"))).extracting(TargetLine::id)
                .contains("t-waste-facility-pingding").doesNotContain("t-waste-facility-yuxian", "t-yx-coarse-grain-area");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}, {4}")
    @CsvSource({
            "t-grain-basic-farmland, city, 全市, , target, ",
            "t-grain-output, city, 全市, , target, 2025",
            "t-grain-sown-area, city, 全市, , target, ",
            "t-grain-coarse-area, city, 全市, , target, ",
            "t-grain-demo-areas, layer, 杂粮新品产业, , target, ",
            "t-med-herb-area, city, 全市, , target, 2025",
            "t-live-pig-slaughter, city, 全市, , target, 2025",
            "t-fv-veg-output, city, 全市, , target, 2025",
            "t-brew-walnut-firms, city, 全市, , target, ",
            "t-brew-walnut-area, city, 全市, , target, 2025",
            "t-func-se-value, city, 全市, , target, ",
            "t-func-beekeepers, city, 全市, , target, 2025",
            "t-func-bee-hives, city, 全市, , target, 2025",
            "t-func-honey-output, city, 全市, , target, 2025",
            "t-func-bee-value, city, 全市, , target, 2025",
            "t-zone-grain-hs-fields, layer, 粮食生产集聚区, , target, ",
            "t-zone-processing-land, site, 华北奕丰生态园, site-huabei-yifeng, resource, ",
            "t-zone-processing-output, site, 华北奕丰生态园, site-huabei-yifeng, target, 2025",
            "t-zone-logistics-value, layer, 农产品物流集聚区, , target, 2025",
            "t-zone-fruit-base, site, 西南舁1.3万亩林果基地, site-xinanyu-orchard-base, baseline, ",
            "t-zone-fruit-area-double, layer, 林果产业集聚区, , relative, ",
            "t-zone-fruit-output, layer, 林果产业集聚区, , target, 2025",
            "t-zone-veg-greenhouse, layer, 蔬菜产业集聚区, , target, ",
            "t-zone-agritour-ancient-villages, layer, 农旅融合产业集聚区, , resource, ",
            "t-zone-selenium-soil, layer, 富硒产品产业集聚区, , resource, ",
            "t-pd-herb-area, county, 平定县, 140321, target, ",
            "t-pd-se-grain-area, county, 平定县, 140321, target, ",
            "t-yx-grain-area, county, 盂县, 140322, target, ",
            "t-yx-coarse-grain-area, township, 孙家庄镇, 140322101, target, ",
            "t-yx-dry-fruit-area, county, 盂县, 140322, target, ",
            "t-sat-demo-villages, city, 全市, , target, ",
            "t-road-four-good, city, 全市, , target, ",
            "t-gov-demo-villages, city, 全市, , target, ",
            "t-dry-demo-towns, programme, 有机旱作示范乡镇, , target, 2025",
            "t-dry-base-area, city, 全市, , target, 2025",
            "t-c4-scenic-spots, programme, 太行一号公路（阳泉段）旅游线路, , resource, ",
            "t-c1-total, programme, “十四五”期间农业项目谋划情况, , target, ",
            "t-c1-demo-clusters, programme, 农村人居环境整治示范片, , baseline, ",
    })
    void everyTargetRecordsTheScopeYearAndKindThePlanStates(String id, String level, String name, String code,
                                                             String kind, Integer year) {
        Target target = target(id);
        assertThat(target.scope().level().json()).isEqualTo(level);
        assertThat(target.scope().name()).isEqualTo(name);
        assertThat(target.scope().code()).isEqualTo(code);
        assertThat(target.kind().json()).isEqualTo(kind);
        assertThat(target.year()).isEqualTo(year);
    }

    @Test
    void theOrchardDoublingIsARelativeTargetOnTheBaseOf13000Mu() {
        Target doubling = target("t-zone-fruit-area-double");
        assertThat(doubling.target()).isEqualTo("翻番");
        assertThat(doubling.relativeTo()).contains("1.3万亩");
        assertThat(plan.contains(doubling.quote())).isTrue();
        assertThat(target("t-zone-fruit-yield-double").kind()).isEqualTo(TargetKind.RELATIVE);
    }

    @Test
    void noTargetCarriesAYearItsSentenceDoesNotStateAndTheValidatorSaysSo() {
        assertThat(plan.statesYear("逐步形成万亩大棚蔬菜种植规模", 2025)).isFalse();
        assertThat(plan.statesYear("全市基本农田面积稳定在88万亩左右", 2025)).isFalse();
        assertThat(plan.statesYear("全市生猪出栏达到30万头以上", 2025)).isTrue();
        assertThat(plan.statesYear("全市养蜂户达到1000户", 2025)).isTrue();
        Target greenhouse = target("t-zone-veg-greenhouse");
        Target wrong = new Target(greenhouse.id(), greenhouse.indicator(), null, greenhouse.target(), greenhouse.unit(), 2025,
                greenhouse.scope(), greenhouse.kind(), null, greenhouse.source(), greenhouse.quote(), null);
        assertThat(validateWith(wrong)).anyMatch(p -> p.item().equals(greenhouse.id()) && p.message().contains("year 2025"));
        Target unscoped = new Target(greenhouse.id(), greenhouse.indicator(), null, greenhouse.target(), greenhouse.unit(), null,
                null, null, null, greenhouse.source(), greenhouse.quote(), null);
        assertThat(validateWith(unscoped)).extracting(RegisterProblem::message)
                .anyMatch(m -> m.startsWith("scope is missing")).anyMatch(m -> m.startsWith("kind is missing"));
    }

    private List<RegisterProblem> validateWith(Target replacement) {
        List<LayerGroup> groups = new ArrayList<>();
        for (LayerGroup group : register.groups()) {
            List<PlanLayer> layers = group.layers().stream().map(l -> new PlanLayer(l.id(), l.name(), l.nameEn(),
                    l.description(), l.source(), l.quote(), l.interpretation(), l.productLines(), l.members(), l.sites(),
                    l.enterprises(), l.brands(), l.targets().stream().map(t -> t.id().equals(replacement.id()) ? replacement : t).toList()))
                    .toList();
            groups.add(new LayerGroup(group.id(), group.name(), group.nameEn(), group.draw(), group.section(),
                    group.source(), group.quote(), group.interpretation(), layers));
        }
        PlanRegister altered = new PlanRegister(register.places(), new LayersFile(groups),
                new ProgrammesFile(register.programmes()), new IndicatorsFile(register.indicators()));
        return new RegisterValidator(altered, plan).validate().problems();
    }

    @Test
    void aSecondSiteOfTheSameNameInTheSameTownshipIsReported() {
        Site bangou = register.site("site-bangou").orElseThrow();
        List<Site> sites = new ArrayList<>(register.places().sites());
        sites.add(new Site("site-bangou-again", bangou.name(), bangou.kind(), bangou.township(), bangou.county(),
                bangou.placement(), bangou.source(), bangou.quote(), null));
        PlanRegister altered = new PlanRegister(new Places(register.places().counties(), register.townships(), sites),
                new LayersFile(register.groups()), new ProgrammesFile(register.programmes()), new IndicatorsFile(register.indicators()));
        assertThat(new RegisterValidator(altered, plan).validate().problems())
                .anyMatch(p -> p.item().equals("site-bangou-again") && p.message().contains("same name"));
    }

    @Test
    void theCitysFarmlandIsNeverAGrainTownshipsOwnTarget() {
        for (String name : List.of("西南舁乡", "石门口乡", "东梁乡", "孙家庄镇")) {
            TownshipReport report = report(name);
            assertThat(own(report)).as(name).extracting(TargetLine::indicator).doesNotContain("基本农田面积", "粮食产量");
            assertThat(wider(report)).as(name).filteredOn(t -> t.indicator().equals("基本农田面积"))
                    .singleElement().satisfies(t -> assertThat(t.scope().level()).isEqualTo(Level.CITY));
        }
    }

    @Test
    void honeyCountyAreasAndCityWideCountsAreNoTownshipsOwn() {
        for (Township township : register.townships()) {
            TownshipReport report = query.reportFor(township);
            assertThat(own(report)).as(township.name()).extracting(TargetLine::indicator)
                    .doesNotContain("养蜂户", "养殖蜜蜂", "蜂蜜年产量", "蜂产品产值", "中药材种植区", "富硒杂粮种植区",
                            "盂县西部优质粮食生产区", "盂县北部干果生产区", "省市级乡村振兴示范村", "农村四好公路建设");
        }
        assertThat(own(report("孙家庄镇"))).extracting(TargetLine::indicator).contains("孙家庄镇精品杂粮生产区");
        assertThat(own(report("梁家寨乡"))).extracting(TargetLine::indicator).doesNotContain("孙家庄镇精品杂粮生产区");
        TownshipReport yexi = report("冶西镇");
        assertThat(entries(yexi).flatMap(e -> e.widerTargets().stream())
                .filter(s -> s.targets().stream().anyMatch(t -> t.indicator().equals("中药材种植区"))))
                .singleElement().satisfies(s -> assertThat(s.scope()).isEqualTo(new TargetScope(Level.COUNTY, "平定县", "140321")));
        // A programme that names no township reaches the townships of the county it sets a figure for.
        assertThat(yexi.programmes()).filteredOn(e -> e.id().equals("prog-waste-facilities")).singleElement()
                .satisfies(e -> assertThat(e.relation().kind()).isEqualTo(TownshipReport.Relation.COUNTY));
        assertThat(report("西南舁乡").programmes()).extracting(Entry::id).doesNotContain("prog-waste-facilities");
    }

    @Test
    void theSixDemonstrationClustersAreAchievementsOfTheirTownships() {
        for (String name : List.of("张庄镇", "娘子关镇", "秀水镇", "孙家庄镇", "西南舁乡", "河底镇")) {
            assertThat(report(name).section(TownshipReport.ACHIEVEMENTS)).as(name)
                    .extracting(Entry::id).contains("prog-c1-demo-clusters");
        }
        assertThat(report("巨城镇").section(TownshipReport.ACHIEVEMENTS)).extracting(Entry::id)
                .contains("prog-c1-one-village-one-product");
        assertThat(report("冠山镇").section(TownshipReport.ACHIEVEMENTS)).isEmpty();
    }

    @Test
    void enterprisesBrandsAndTourismVillagesAppearWithTheirPlaces() {
        Entry fruit = report("西南舁乡").industries().stream().filter(e -> e.id().equals("industry-fruitveg")).findFirst().orElseThrow();
        assertThat(fruit.brands()).extracting(Mention::name).contains("西南舁苹果");
        assertThat(fruit.brands()).filteredOn(b -> b.name().equals("西南舁苹果")).singleElement()
                .satisfies(b -> assertThat(b.township()).isEqualTo("140311200"));
        assertThat(fruit.enterprises()).hasSize(4);
        Entry road = report("东回镇").programmes().stream().filter(e -> e.id().equals("prog-taihang-road-tourism"))
                .findFirst().orElseThrow();
        assertThat(road.sites()).filteredOn(s -> s.role() != null && s.role().startsWith("重点旅游村"))
                .extracting(TownshipReport.SiteLine::name).contains("瓦岭村", "七亘村", "南峪村");
        assertThat(road.relation().kind()).isEqualTo(TownshipReport.Relation.SITE);
        Entry chakou = report("岔口乡").programmes().stream().filter(e -> e.id().equals("prog-taihang-road-tourism"))
                .findFirst().orElseThrow();
        assertThat(chakou.sites()).extracting(TownshipReport.SiteLine::name).contains("甘泉井村");
    }

    @Test
    void aPlaceShowsWhatItsWholeAndItsPartsCarryEachMarked() {
        TownshipReport saiyu = report("赛鱼街道");
        assertThat(saiyu.villages()).extracting(Entry::name).contains("官沟村");
        assertThat(saiyu.programmes()).isNotEmpty().allSatisfy(e -> assertThat(e.relation()).isNotNull());
        assertThat(saiyu.circles()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("circle-urban");
            assertThat(e.relation().kind()).isEqualTo(TownshipReport.Relation.WHOLE);
        });
        TownshipReport kuangqu = report("矿区");
        assertThat(kuangqu.villages()).filteredOn(e -> e.name().equals("官沟村")).singleElement()
                .satisfies(e -> assertThat(e.relation()).isEqualTo(new TownshipReport.Relation("part", "140303004", "赛鱼街道")));
        assertThat(kuangqu.villages()).extracting(Entry::name).contains("石卜嘴", "南沟（矿区）").doesNotContain("南沟村（旧街乡）");
    }

    @Test
    void readingsStandAloneInEachLanguageAndLayerReadingsAreReachable() {
        Stream.concat(Stream.concat(register.allLayers().map(PlanLayer::interpretation),
                                register.allLayers().flatMap(l -> l.members().stream()).map(Member::interpretation)),
                        register.places().sites().stream().map(Site::interpretation))
                .filter(java.util.Objects::nonNull)
                .forEach(text -> assertThat(Readings.problem(text)).as(text).isNull());
        assertThat(query.layerReadings("industry-functional", false)).singleElement()
                .satisfies(t -> assertThat(t).contains("蜂蜜").doesNotContain(" / "));
        assertThat(query.layerReadings("industry-functional", true)).singleElement()
                .satisfies(t -> assertThat(t).contains("honey").doesNotContainPattern("\\p{IsHan}"));
        // The urban circle's limits are read at its members; the layer tree can show them all, once each.
        assertThat(query.layerReadings("circle-urban", false)).hasSize(2).anyMatch(t -> t.contains("郊区近郊"));
        assertThat(query.programmeReadings("prog-pingding-layout", true)).isNotEmpty()
                .allSatisfy(t -> assertThat(t).doesNotContainPattern("\\p{IsHan}"));
        assertThat(query.layerReadings("zone-grain", false)).isEmpty();
        assertThat(Readings.problem("同上：见梁家寨乡成员。 / See the Liangjiazhai member.")).isNotNull();
        assertThat(Readings.problem("读法见 circle-urban。 / See circle-urban.")).isNotNull();
        assertThat(Map.of("row 19", register.indicators().stream().filter(r -> r.table().equals("表1") && r.row() == 19)
                .findFirst().orElseThrow().categoryIsReading())).containsEntry("row 19", true);
    }
}
