package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.TownshipResolver.Ambiguous;
import cn.yangquan.atlas.model.TownshipResolver.Found;
import cn.yangquan.atlas.model.TownshipResolver.Match;
import cn.yangquan.atlas.model.TownshipResolver.NotFound;
import cn.yangquan.atlas.model.TownshipResolver.Resolution;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolver's order on the real register, with the codes the plan and the NBS 2023 list give. */
class TownshipResolverTest {
    private static final PlanRegister REGISTER = new RegisterReader().read(TestData.DATA).register();
    private static final TownshipResolver RESOLVER = TownshipResolver.of(REGISTER);

    private static Found found(String query) {
        Resolution resolution = RESOLVER.resolve(query);
        assertThat(resolution).as(query).isInstanceOf(Found.class);
        return (Found) resolution;
    }

    private static String code(String query) {
        return found(query).township().code();
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @CsvSource({
            "义井镇, 140302100, NAME",
            "义井街道, 140302005, NAME",
            "下社乡, 140322202, NAME",
            "140302005, 140302005, CODE",
            "140311200, 140311200, CODE",
            "140302, 140302, CODE",
            "140321201000, 140321201, CODE",
            "义井, 140302100, SHORT_NAME",
            "西南舁, 140311200, SHORT_NAME",
            "下社, 140322202, SHORT_NAME",
            "上社, 140322106, SHORT_NAME",
            "巨镇, 140321107, SHORT_NAME",
            "西南舁镇, 140311200, SHORT_NAME",
            "xny, 140311200, PINYIN",
            "xinanyi, 140311200, PINYIN",
            "xinanyu, 140311200, PINYIN",
            "XiNanYi, 140311200, PINYIN",
            "xinanyixiang, 140311200, PINYIN",
            "yijing, 140302100, PINYIN",
            "yijingjiedao, 140302005, PINYIN",
            "yijingzhen, 140302100, PINYIN",
            "nzg, 140321106, PINYIN",
            "niangziguan, 140321106, PINYIN",
            "xiashe, 140322202, PINYIN",
            "娘子, 140321106, PART",
            "西南, 140311200, PART",
            "家寨, 140322203, PART",
            "niangz, 140321106, PART",
            "xinan, 140311200, PART",
    })
    void resolvesInTheDocumentedOrder(String query, String code, Match match) {
        Found found = found(query);
        assertThat(found.township().code()).isEqualTo(code);
        assertThat(found.match()).isEqualTo(match);
    }

    @Test
    void theFullNameWinsOverTheShortNameOfAnother() {
        // 义井街道 is a full name; 义井镇's short form 义井 must not take it.
        assertThat(code("义井街道")).isEqualTo("140302005");
        assertThat(found("义井街道").alsoMatching()).isEmpty();
    }

    @Test
    void aShortNameSharedByTwoUnitsPrefersTheOneThePlanTalksAboutAndNamesTheOther() {
        Found yijing = found("义井");
        assertThat(yijing.township().name()).isEqualTo("义井镇");
        assertThat(yijing.alsoMatching()).extracting(Township::code).containsExactly("140302005");
        assertThat(found("yijing").alsoMatching()).extracting(Township::code).containsExactly("140302005");
    }

    @Test
    void withoutThePlanToDecideASharedShortNameIsAmbiguous() {
        TownshipResolver neutral = new TownshipResolver(REGISTER, t -> false);
        assertThat(neutral.resolve("义井")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Township::code).containsExactly("140302005", "140302100"));
        assertThat(neutral.resolve("义井镇")).isInstanceOf(Found.class);
    }

    @Test
    void aPartOfSeveralNamesListsEveryCandidate() {
        assertThat(RESOLVER.resolve("西")).isInstanceOfSatisfying(Ambiguous.class, a -> {
            assertThat(a.match()).isEqualTo(Match.PART);
            assertThat(a.candidates()).extracting(Township::name)
                    .containsExactlyInAnyOrder("西南舁乡", "冶西镇", "西烟镇", "西潘乡");
        });
        assertThat(RESOLVER.resolve("庄")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Township::name)
                        .contains("孙家庄镇", "张庄镇", "杨家庄乡", "李家庄乡", "北下庄乡"));
        assertThat(RESOLVER.resolve("140311")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Township::code).containsExactly(
                        "140311100", "140311101", "140311103", "140311200", "140311201", "140311202", "140311203",
                        "140311400"));
    }

    @Test
    void aCountyNameListsItsTownshipsButADistrictDrawnWholeIsItsOwnUnit() {
        assertThat(RESOLVER.resolve("郊区")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Township::county).containsOnly("140311").hasSize(8));
        assertThat(RESOLVER.resolve("盂县")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(Township::code).contains("140322202").hasSize(14));
        assertThat(code("城区")).isEqualTo("140302");
        assertThat(code("矿区")).isEqualTo("140303");
    }

    @Test
    void anObsoleteUnitResolvesToItselfNotToItsSuccessor() {
        Township xiashe = found("下社乡").township();
        assertThat(xiashe.code()).isEqualTo("140322202");
        assertThat(xiashe.obsolete()).isTrue();
        assertThat(REGISTER.currentCode(xiashe.code())).isEqualTo("140322106");
        assertThat(code("上社镇")).isEqualTo("140322106");
    }

    @Test
    void unknownTextAndBlanksFindNothing() {
        for (String query : new String[] {"zzzz", "不存在乡", "qqqqzz", "  ", "", "999999999"}) {
            assertThat(RESOLVER.resolve(query)).as(query).isInstanceOf(NotFound.class);
        }
        assertThat(RESOLVER.resolve(null)).isInstanceOf(NotFound.class);
    }

    @Test
    void fullWidthDigitsAndSurroundingSpacesAreTheSameCode() {
        assertThat(code(" １４０３１１２００ ")).isEqualTo("140311200");
    }

    @Test
    void tableKeysResolveByNameOrCodeOnly() {
        assertThat(RESOLVER.resolveName("义井")).isInstanceOfSatisfying(Found.class,
                f -> assertThat(f.township().code()).isEqualTo("140302100"));
        for (String loose : new String[] {"xny", "娘子", "西"}) {
            assertThat(RESOLVER.resolveName(loose)).as(loose).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void everyUnitResolvesByItsOwnNameAndCode() {
        for (Township township : REGISTER.townships()) {
            assertThat(code(township.name())).isEqualTo(township.code());
            assertThat(code(township.code())).isEqualTo(township.code());
        }
        assertThat(REGISTER.townships()).hasSizeGreaterThan(40);
    }
}
