package cn.yangquan.atlas.model.register;

import java.util.Locale;

/**
 * Whose figure a {@link Target} is, as the plan states it.
 *
 * @param level the scope's level
 * @param name  the scope's name as shown (全市, 平定县, a layer's or programme's name, a township's or site's name)
 * @param code  the 6-digit county or 9-digit township code, or the site id, where the scope is a place; else null
 */
public record TargetScope(Level level, String name, String code) {

    /** The levels of scope, widest first; serialised in lower case ("city", "county", …). */
    public enum Level {
        CITY, COUNTY, LAYER, PROGRAMME, TOWNSHIP, SITE;

        /** The lower-case name used in the register and in JSON output. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
