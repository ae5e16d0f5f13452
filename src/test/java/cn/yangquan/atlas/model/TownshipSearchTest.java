package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.testing.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TownshipSearchTest {
    private final PlanRegister register = new RegisterReader().read(TestData.DATA).register();
    private final TownshipSearch search = new TownshipSearch(register, Set.of());

    private String first(String query) {
        return search.find(query, 5).get(0).township().name();
    }

    @Test
    void findsByFullPinyinIncludingRareCharacters() {
        assertThat(first("xinanyi")).isEqualTo("西南舁乡");
        assertThat(first("xinanyixiang")).isEqualTo("西南舁乡");
    }

    @Test
    void findsByPinyinInitials() {
        assertThat(first("xny")).isEqualTo("西南舁乡");
        assertThat(first("nzg")).isEqualTo("娘子关镇");
    }

    @Test
    void findsByChineseNameOrPartOfIt() {
        assertThat(first("西南舁")).isEqualTo("西南舁乡");
        assertThat(first("娘子")).isEqualTo("娘子关镇");
        assertThat(search.find("庄", 20)).extracting(h -> h.township().name())
                .contains("孙家庄镇", "张庄镇", "杨家庄乡", "李家庄乡", "北下庄乡");
    }

    @Test
    void findsByCode() {
        assertThat(first("140311200")).isEqualTo("西南舁乡");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(search.find("qqqqzz", 5)).isEmpty();
        assertThat(search.find("  ", 5)).isEmpty();
    }

    @Test
    void obsoleteUnitsAreNotOffered() {
        assertThat(search.find("下社乡", 5)).extracting(h -> h.township().code()).doesNotContain("140322202");
    }
}
