package cn.yangquan.atlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the font for map text: the first installed family of a CJK fallback list that can display every string
 * the map will draw, else any installed family that can. Windows workstations have Microsoft YaHei or SimHei; Linux
 * machines WenQuanYi or Noto CJK. A font file given by the user ({@link #fromFile}) replaces the search.
 */
public final class FontResolver {
    public static final List<String> PREFERRED_FAMILIES = List.of("Microsoft YaHei", "微软雅黑", "SimHei", "黑体",
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC");

    private FontResolver() {
    }

    /**
     * The first preferred family that displays all texts, else any installed family that does, else the first
     * preferred family installed, else SansSerif (which, like any font chosen here, may then lack glyphs: callers
     * check with {@link #missingGlyphs}).
     */
    public static Font mapFont(Collection<String> texts, int size) {
        // English family names whatever the default locale: under zh_CN they would be 文泉驿微米黑 and so on.
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH);
        Set<String> installed = Set.of(families);
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
        if (firstInstalled == null) {
            // Not one of the usual CJK families: any other installed face that covers the texts (e.g. AR PL UMing).
            for (String family : families) {
                Font font = new Font(family, Font.PLAIN, size);
                if (!isLogical(family) && missingGlyphs(font, texts).isEmpty()) {
                    return font;
                }
            }
        }
        return firstInstalled != null ? firstInstalled : new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /**
     * The map font from a font file (TrueType, OpenType or a .ttc collection): the first face that displays all
     * texts, else the first face. It is registered with Java2D and remembered by {@link FontFiles} for embedding in
     * PDFs.
     *
     * @throws IOException when the file cannot be read or holds no font Java can use
     */
    public static Font fromFile(Path file, Collection<String> texts, int size) throws IOException {
        Font[] faces;
        try {
            faces = Font.createFonts(file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("not a TrueType or OpenType font (" + e.getMessage() + ")", e);
        }
        int chosen = 0;
        for (int i = 0; i < faces.length; i++) {
            if (missingGlyphs(faces[i], texts).isEmpty()) {
                chosen = i;
                break;
            }
        }
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(faces[chosen]);
        FontFiles.remember(faces[chosen], new FontFiles.Location(file.toAbsolutePath(), chosen));
        return faces[chosen].deriveFont(Font.PLAIN, size);
    }

    private static boolean isLogical(String family) {
        return List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED).contains(family);
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
