package cn.yangquan.atlas.model.register;

/** A named enterprise or brand the plan lists. */
public record Mention(String name, String source, String quote) implements Cited {
}
