package cn.yangquan.atlas.model.register;

import java.util.List;

/**
 * A township-level unit (镇, 乡, 街道), or a whole district where the boundaries draw it as one unit.
 * {@code obsoleteInto} names the unit that absorbed an obsolete one; {@code pinyin} lists local readings that a
 * dictionary does not give (searched besides the dictionary readings).
 */
public record Township(String code, String name, String county, String kind, List<String> aliases, String origin,
                       String obsoleteInto, List<String> pinyin) {
    public Township {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        pinyin = pinyin == null ? List.of() : List.copyOf(pinyin);
    }

    public boolean obsolete() {
        return obsoleteInto != null;
    }
}
