package cn.yangquan.atlas.model.evaluation;

import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Target;
import cn.yangquan.atlas.model.register.TargetKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluable figures of a register, in template order: every 表1 row ({@code T1-<row>}), every 表2 row
 * ({@code T2-<row>}), then every layer and programme target whose kind is target or relative, by register id. A target
 * not yet classified (kind null), a baseline or a resource is no aim and is left out.
 */
public final class Figures {
    private Figures() {
    }

    public static List<Figure> of(PlanRegister register) {
        List<Figure> figures = new ArrayList<>();
        for (IndicatorRow row : register.indicators()) {
            figures.add(new Figure(idOf(row), row.table(), null, null, row.indicator(), row.unit(), row.baseline(),
                    row.target(), row.attribute(), row.source(), row.quote()));
        }
        Map<String, Figure> targets = new LinkedHashMap<>();
        register.allLayers().forEach(layer -> layer.targets().forEach(t -> add(targets, t, layer.name())));
        register.programmes().forEach(programme -> programme.targets().forEach(t -> add(targets, t, programme.name())));
        figures.addAll(targets.values());
        return figures;
    }

    /** The id of a table row: {@code T1-2} for 表1 row 2. */
    public static String idOf(IndicatorRow row) {
        return "T" + row.table().replaceAll("\\D", "") + "-" + row.row();
    }

    private static void add(Map<String, Figure> figures, Target target, String owner) {
        if (target.kind() != TargetKind.TARGET && target.kind() != TargetKind.RELATIVE) {
            return;
        }
        var scope = target.scope();
        figures.putIfAbsent(target.id(), new Figure(target.id(), scope == null ? owner : scope.name(),
                scope == null ? null : scope.level(), scope == null ? null : scope.code(), target.indicator(),
                target.unit(), target.baseline(), target.target(), null, target.source(), target.quote()));
    }
}
