package cn.yangquan.atlas.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the font for map text: the first installed family of a CJK fallback list that can display every string
 * the map will draw. Windows workstations have Microsoft YaHei or SimHei; Linux machines WenQuanYi or Noto CJK.
 */
public final class FontResolver {
    public static final List<String> PREFERRED_FAMILIES = List.of("Microsoft YaHei", "微软雅黑", "SimHei", "黑体",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC");

    private FontResolver() {
    }

    /** The first preferred family that displays all texts, else the first that is installed, else SansSerif. */
    public static Font mapFont(Collection<String> texts, int size) {
        // English family names whatever the default locale: under zh_CN they would be 文泉驿微米黑 and so on.
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH));
        Font firstInstalled = null;
        for (String family : PREFERRED_FAMILIES) {
            if (installed.contains(family)) {
                Font font = new Font(family, Font.PLAIN, size);
                if (firstInstalled == null) {
                    firstInstalled = font;
                }
                if (missingGlyphs(font, texts).isEmpty()) {
                    return font;
                }
            }
        }
        return firstInstalled != null ? firstInstalled : new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /** Characters of the texts that the font has no glyph for, in code-point order. */
    public static Set<String> missingGlyphs(Font font, Collection<String> texts) {
        Set<String> missing = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.canDisplay(cp))
                    .forEach(cp -> missing.add(new String(Character.toChars(cp))));
        }
        return missing;
    }
}
