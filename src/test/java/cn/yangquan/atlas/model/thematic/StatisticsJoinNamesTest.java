package cn.yangquan.atlas.model.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.testing.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names in a statistics table resolve as everywhere else: by full name, code or short name, never loosely. */
class StatisticsJoinNamesTest {
    private static final PlanRegister REGISTER = new RegisterReader().read(TestData.DATA).register();

    private static StatisticsJoin join(String... names) {
        List<List<String>> rows = Arrays.stream(names).map(name -> List.of(name, "1")).toList();
        return StatisticsJoin.of(new DataTable("t.csv", List.of("乡镇", "值"), rows), REGISTER, Set.of());
    }

    @Test
    void aShortNameSharedByTwoUnitsJoinsTheOneThePlanTalksAbout() {
        assertThat(join("义井").rowByTownship()).containsOnlyKeys("140302100");
        assertThat(join("义井街道").rowByTownship()).containsOnlyKeys("140302005");
    }

    @Test
    void pinyinAndPartsOfNamesJoinNothingAndAreReported() {
        StatisticsJoin join = join("xny", "娘子", "西");
        assertThat(join.rowByTownship()).isEmpty();
        assertThat(join.unmatchedRows()).containsExactly("row 1: xny", "row 2: 娘子", "row 3: 西");
    }

    @Test
    void anObsoleteUnitJoinsTheUnitThatAbsorbedItOnTheMap() {
        assertThat(join("下社乡").rowByTownship()).containsOnlyKeys("140322106");
    }
}
