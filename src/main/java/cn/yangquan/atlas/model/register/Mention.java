package cn.yangquan.atlas.model.register;

/**
 * A named enterprise or brand the plan lists. {@code township} and {@code county} are set where its name ties it to a
 * place ("西南舁苹果", "平定县华亿现代农牧有限公司"); else null.
 */
public record Mention(String name, String township, String county, String source, String quote) implements Cited {
}
