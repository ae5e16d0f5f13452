package cn.yangquan.atlas.model.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTextTest {
    @Test
    void bookmarksLineBreaksAndTabsDoNotBreakAQuote() {
        PlanText plan = new PlanText("[bookmark: _Toc1]第二节 构建三大\n\t功能农业圈[bookmark: _Toc2]\n正文");
        assertThat(plan.contains("第二节 构建三大功能农业圈")).isTrue();
        assertThat(plan.contains("功能农业圈正文")).isTrue();
        assertThat(plan.contains("四大功能农业圈")).isFalse();
        assertThat(plan.contains("")).isFalse();
    }

    @Test
    void betweenCutsASection() {
        PlanText plan = new PlanText("甲第四节 乙丙第三章丁");
        assertThat(plan.between("第四节", "第三章")).isEqualTo("第四节 乙丙");
    }
}
