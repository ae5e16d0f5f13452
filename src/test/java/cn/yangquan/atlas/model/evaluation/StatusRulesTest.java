package cn.yangquan.atlas.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.register.TargetScope;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    static Figure figure(String baseline, String target, String attribute) {
        return new Figure("T1-x", "表1", null, null, "指标", "%", baseline, target, attribute, "表1 第x行", "指标");
    }

    static Evaluation judge(String baseline, String target, Double actual) {
        return StatusRules.evaluate(figure(baseline, target, "预期性"),
                actual == null ? null : new Actual(actual, 2025, "", "", null));
    }

    @Test
    void theWorkedExampleOfRuralIncomeGivesMetNearlyMetAndNotMet() {
        Evaluation met = judge("16510", "24100", 24500.0);
        Evaluation nearly = judge("16510", "24100", 23400.0);
        Evaluation not = judge("16510", "24100", 20000.0);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(nearly.roundedRate()).isEqualTo(0.908);
        assertThat(nearly.status()).isEqualTo(Status.NEARLY_MET);
        assertThat(not.roundedRate()).isEqualTo(0.46);
        assertThat(not.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void theTargetReachedExactlyIsMetAndTheRateIsOne() {
        Evaluation exact = judge("16510", "24100", 24100.0);
        assertThat(exact.status()).isEqualTo(Status.MET);
        assertThat(exact.roundedRate()).isEqualTo(1.0);
    }

    @Test
    void wordsOfAnUpperBoundMakeAFigureAtMost() {
        for (String target : new String[] {"≤5", "5以下", "5以内", "不超过5", "控制在5"}) {
            assertThat(StatusRules.direction(null, target)).as(target).isEqualTo(Direction.AT_MOST);
        }
        assertThat(StatusRules.direction(null, "5以上")).isEqualTo(Direction.AT_LEAST);
        assertThat(StatusRules.direction(null, "≥98")).isEqualTo(Direction.AT_LEAST);
    }

    @Test
    void anAtMostFigureIsMetAtOrBelowItsTarget() {
        Evaluation below = judge(null, "控制在5", 4.2);
        Evaluation above = judge(null, "控制在5", 5.1);
        assertThat(below.status()).isEqualTo(Status.MET);
        assertThat(above.status()).isEqualTo(Status.NOT_MET);
        assertThat(above.rate()).isNull();
    }

    @Test
    void aFallingBaselineMakesAFigureAtMostWithARateTowardsTheTarget() {
        Evaluation halfway = judge("10", "6", 8.0);
        assertThat(halfway.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(halfway.roundedRate()).isEqualTo(0.5);
        assertThat(halfway.status()).isEqualTo(Status.NOT_MET);
        assertThat(judge("10", "6", 6.0).status()).isEqualTo(Status.MET);
        assertThat(judge("10", "6", 6.3).status()).isEqualTo(Status.NEARLY_MET);
    }

    @Test
    void aRatioComparesItsFirstNumber() {
        // 表1 row 3: 城乡居民人均可支配收入比 2.12:1 → 2.05：1
        Evaluation reached = judge("2.12:1", "2.05：1", 2.04);
        Evaluation close = judge("2.12:1", "2.05：1", 2.06);
        Evaluation far = judge("2.12:1", "2.05：1", 2.10);
        assertThat(reached.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(reached.status()).isEqualTo(Status.MET);
        assertThat(close.roundedRate()).isEqualTo(0.857);
        assertThat(close.status()).isEqualTo(Status.NOT_MET);
        assertThat(far.roundedRate()).isEqualTo(0.286);
    }

    @Test
    void zeroWithoutABaselineIsAtMost() {
        // 表2 row 9: 脱贫地区农村辍学率 0
        assertThat(StatusRules.direction(null, "0")).isEqualTo(Direction.AT_MOST);
        assertThat(judge(null, "0", 0.0).status()).isEqualTo(Status.MET);
        Evaluation some = judge(null, "0", 0.3);
        assertThat(some.status()).isEqualTo(Status.NOT_MET);
        assertThat(some.rate()).isNull();
    }

    @Test
    void greaterThanAndExceedingAreStrict() {
        // 表1 row 6: 粮食产量 23 → >23 (约束性)
        Evaluation equal = StatusRules.evaluate(figure("23", ">23", "约束性"), new Actual(23.0, 2025, "", "", null));
        assertThat(equal.status()).isEqualTo(Status.NEARLY_MET);
        assertThat(equal.roundedRate()).isEqualTo(1.0);
        assertThat(equal.bindingMissed()).isTrue();
        assertThat(judge("23", ">23", 23.4).status()).isEqualTo(Status.MET);
        assertThat(judge(null, "＞10000", 10000.0).status()).isNotEqualTo(Status.MET);
        assertThat(judge(null, "超过30", 30.0).status()).isNotEqualTo(Status.MET);
        assertThat(judge(null, "超过30", 30.5).status()).isEqualTo(Status.MET);
        assertThat(judge(null, "≥98", 98.0).status()).isEqualTo(Status.MET);
    }

    @Test
    void aboutIsMetWithinFivePercentOrBeyondInTheWantedDirection() {
        assertThat(judge(null, "23左右", 21.9).status()).isEqualTo(Status.MET);
        assertThat(judge(null, "23左右", 21.8).status()).isEqualTo(Status.NEARLY_MET);
        assertThat(judge(null, "23左右", 30.0).status()).isEqualTo(Status.MET);
        assertThat(judge(null, "23左右", 15.0).status()).isEqualTo(Status.NOT_MET);
        assertThat(judge(null, "23左右", 21.8).roundedRate()).isEqualTo(0.948);
    }

    @Test
    void withoutABaselineTheRateOfAnAtLeastFigureIsActualOverTarget() {
        Evaluation training = judge(null, "年均4000", 3700.0);
        assertThat(training.roundedRate()).isEqualTo(0.925);
        assertThat(training.status()).isEqualTo(Status.NEARLY_MET);
        assertThat(judge("90", "90", 85.0).roundedRate()).isEqualTo(0.944);
    }

    @Test
    void aTextTargetIsNotAssessedUntilThePlannerJudgesIt() {
        Figure text = figure(null, "年均增速高于全市平均水平", "预期性");
        assertThat(StatusRules.evaluate(text, new Actual(7.5, 2025, "", "", null)).status()).isEqualTo(Status.NOT_ASSESSED);
        Evaluation judgedMet = StatusRules.evaluate(text, new Actual(null, 2025, "", "", Status.MET));
        assertThat(judgedMet.status()).isEqualTo(Status.MET);
        assertThat(judgedMet.judged()).isTrue();
        Figure relative = figure(null, "比全市农村居民可支配收入增幅≥2", "约束性");
        Evaluation judgedMissed = StatusRules.evaluate(relative, new Actual(null, null, "", "", Status.NOT_MET));
        assertThat(judgedMissed.status()).isEqualTo(Status.NOT_MET);
        assertThat(judgedMissed.bindingMissed()).isTrue();
    }

    @Test
    void aJudgedStatusDoesNotOverrideAComputedOne() {
        Evaluation computed = StatusRules.evaluate(figure("16510", "24100", "预期性"),
                new Actual(20000.0, 2025, "", "", Status.MET));
        assertThat(computed.status()).isEqualTo(Status.NOT_MET);
        assertThat(computed.judged()).isFalse();
    }

    @Test
    void noActualIsNotAssessedAndNeverABindingMiss() {
        Evaluation none = StatusRules.evaluate(figure("90", ">90", "约束性"), null);
        assertThat(none.status()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(none.bindingMissed()).isFalse();
        assertThat(none.direction()).isEqualTo(Direction.AT_LEAST);
    }

    @Test
    void aMetBindingFigureIsNotFlagged() {
        Evaluation met = StatusRules.evaluate(figure("60", "85", "约束性"), new Actual(86.0, 2025, "", "", null));
        assertThat(met.bindingMissed()).isFalse();
        Evaluation missed = StatusRules.evaluate(figure("60", "85", "约束性"), new Actual(70.0, 2025, "", "", null));
        assertThat(missed.bindingMissed()).isTrue();
        assertThat(missed.roundedRate()).isEqualTo(0.4);
    }

    @Test
    void printedValuesReadTheirLeadingNumber() {
        assertThat(PrintedValue.parse("平均＞20").number()).isEqualTo(20.0);
        assertThat(PrintedValue.parse("2.05：1").number()).isEqualTo(2.05);
        assertThat(PrintedValue.parse("高于全市平均水平").numeric()).isFalse();
        assertThat(PrintedValue.parse("比全市农村居民可支配收入增幅≥2").numeric()).isFalse();
        assertThat(PrintedValue.parse("1.3万亩翻番").number()).isEqualTo(1.3);
        assertThat(PrintedValue.parse("20-30").numeric()).isFalse();
    }

    @Test
    void theSummaryCountsPerStatusScopeAndAttribute() {
        Figure county = new Figure("t-a", "平定县", TargetScope.Level.COUNTY, "140321", "面积", "万亩", null, "10", null, "s", "q");
        Figure binding = figure("60", "85", "约束性");
        EvaluationResult result = EvaluationResult.of(java.util.List.of(county, binding),
                java.util.Map.of("t-a", new Actual(11.0, 2025, "", "", null), "T1-x", new Actual(70.0, 2025, "", "", null)));
        assertThat(result.byStatus()).containsEntry(Status.MET, 1).containsEntry(Status.NOT_MET, 1)
                .containsEntry(Status.NOT_ASSESSED, 0);
        assertThat(result.byTableOrScope().get("平定县")).containsEntry(Status.MET, 1);
        assertThat(result.byAttribute().get("约束性")).containsEntry(Status.NOT_MET, 1);
        assertThat(result.byAttribute().get("—")).containsEntry(Status.MET, 1);
        assertThat(result.bindingMisses()).hasSize(1);
    }

    @Test
    void actualValuesAreReadOnlyWhenTheyAreNumbers() {
        assertThat(ActualValueText.parse("24,500").value()).contains(24500.0);
        assertThat(ActualValueText.parse("2.08：1").value()).contains(2.08);
        assertThat(ActualValueText.parse("95%").value()).contains(95.0);
        assertThat(ActualValueText.parse("—").bad()).isFalse();
        assertThat(ActualValueText.parse("—").value()).isEmpty();
        assertThat(ActualValueText.parse("约2万").bad()).isTrue();
        assertThat(ActualValueText.parse("12,5").bad()).isTrue();
        assertThat(ActualValueText.parse("1e5").bad()).isTrue();
    }
}
