package cn.yangquan.atlas.model.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetValueTest {
    @Test
    void splitsComparatorNumberAndQualifier() {
        assertThat(TargetValue.parse("≥98")).contains(new TargetValue("≥", 98.0, ""));
        assertThat(TargetValue.parse(">23")).contains(new TargetValue(">", 23.0, ""));
        assertThat(TargetValue.parse("4以上")).contains(new TargetValue("", 4.0, "以上"));
        assertThat(TargetValue.parse("突破1")).contains(new TargetValue("突破", 1.0, ""));
        assertThat(TargetValue.parse("2.12:1")).contains(new TargetValue("", 2.12, ":1"));
    }

    @Test
    void wordsHaveNoNumber() {
        TargetValue words = TargetValue.parse("年均增速高于全市平均水平").orElseThrow();
        assertThat(words.numeric()).isFalse();
        assertThat(words.qualifier()).isEqualTo("年均增速高于全市平均水平");
    }

    @Test
    void malformedNumbersAreRejected() {
        assertThat(TargetValue.parse("1.2.3")).isEmpty();
    }
}
