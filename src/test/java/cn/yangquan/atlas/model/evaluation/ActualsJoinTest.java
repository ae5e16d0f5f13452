package cn.yangquan.atlas.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActualsJoinTest {
    private static Figure figure(String id, String indicator) {
        return new Figure(id, "表1", null, null, indicator, "%", "1", "2", "预期性", "s", "q");
    }

    private static ActualRow row(int number, String id, String indicator, Double value) {
        return new ActualRow(number, id, indicator, new Actual(value, null, "", "", null));
    }

    @Test
    void rowsJoinByIdElseByAUniqueNameAndEverySideOfAMissIsKept() {
        List<Figure> figures = List.of(figure("T1-1", "城镇化率"), figure("T1-2", "产量"), figure("t-a", "产量"),
                figure("T1-3", "收入"), figure("T1-4", "面积"));
        ActualsJoin join = ActualsJoin.of(figures, List.of(
                row(2, "T1-1", "别的名字", 70.0),
                row(3, "", "收入", 5.0),
                row(4, "", "产量", 3.0),
                row(5, "X-9", "不认识", 1.0),
                row(6, "T1-1", "", 71.0),
                row(7, "T1-4", "", null)));
        assertThat(join.matched().keySet()).containsExactlyInAnyOrder("T1-1", "T1-3", "T1-4");
        assertThat(join.matched().get("T1-1").actual().value()).isEqualTo(70.0);
        assertThat(join.byName()).containsExactly("T1-3");
        assertThat(join.unmatchedRows()).extracting(u -> u.row().row() + " " + u.reason())
                .containsExactly("4 AMBIGUOUS_NAME", "5 UNKNOWN", "6 DUPLICATE");
        assertThat(join.figuresWithoutRow()).extracting(Figure::id).containsExactly("T1-2", "t-a");
        assertThat(join.actuals()).containsOnlyKeys("T1-1", "T1-3");
    }
}
