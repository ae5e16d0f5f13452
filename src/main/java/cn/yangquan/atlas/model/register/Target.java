package cn.yangquan.atlas.model.register;

/**
 * A quantified aim as the plan prints it: baseline and target are text ("23", "4以上", ">23"), since the plan's
 * qualifiers are part of the fact. {@code baseline} is null where the plan gives none.
 */
public record Target(String id, String indicator, String baseline, String target, String unit, Integer year,
                     String source, String quote, String interpretation) implements Cited {
}
