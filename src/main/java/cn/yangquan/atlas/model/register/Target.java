package cn.yangquan.atlas.model.register;

/**
 * A figure the plan ties to a place, as printed: baseline and target are text ("23", "4以上", ">23"), since the plan's
 * qualifiers are part of the fact. {@code baseline} is null where the plan gives none.
 *
 * @param scope      whose figure it is, as the plan states it (the city, a county, a layer or programme as a whole, a
 *                   township or a site); never the member township it happens to be listed under
 * @param year       the year the plan states (2025 for 到2025年 / 到"十四五"末, or a sentence under such a statement);
 *                   null where the plan gives no year
 * @param kind       what the number is: an aim, a baseline, a resource drawn on, or an aim relative to a base
 * @param relativeTo for {@link TargetKind#RELATIVE}: the base figure in the plan's words ("1.3万亩林果基地"); else null
 */
public record Target(String id, String indicator, String baseline, String target, String unit, Integer year,
                     TargetScope scope, TargetKind kind, String relativeTo,
                     String source, String quote, String interpretation) implements Cited {
}
