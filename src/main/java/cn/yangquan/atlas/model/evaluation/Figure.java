package cn.yangquan.atlas.model.evaluation;

import cn.yangquan.atlas.model.register.TargetScope;

/**
 * One evaluable figure of the plan: a row of 表1 or 表2 ({@code T1-<row>}, {@code T2-<row>}) or a register target of
 * kind target or relative (its register id). Baseline and target are the printed strings.
 *
 * @param tableOrScope "表1", "表2", or the name of the target's scope (全市, a county, layer, township …)
 * @param level        the scope's level for register targets; null for table rows
 * @param scopeCode    the county or township code (or site id) of a place scope; else null
 * @param attribute    约束性 or 预期性 where the plan gives one; else null
 * @param source       the citation (table and row, or chapter and section)
 * @param quote        the verbatim quote of the plan
 */
public record Figure(String id, String tableOrScope, TargetScope.Level level, String scopeCode, String indicator,
                     String unit, String baseline, String target, String attribute, String source, String quote) {

    /** Whether the plan marks this figure 约束性 (binding). */
    public boolean binding() {
        return "约束性".equals(attribute);
    }

    /** Whether this is a row of 表1 or 表2. */
    public boolean tableRow() {
        return level == null;
    }
}
