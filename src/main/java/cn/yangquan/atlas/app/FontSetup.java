package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.render.MapRenderer;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font the atlas draws its text with, chosen and checked once at start, so that Chinese never turns into boxes:
 * the file given with {@code --font} (or {@code YQ_ATLAS_FONT}), else an installed CJK family (see
 * {@link FontResolver}). It is checked against every character that will be drawn: for the map, its labels, layer
 * and group titles and notes; for the window, also every interface string of the chosen language. When characters
 * are missing, {@link Checked#problem()} says so and names the fix, in a language the font can show.
 */
final class FontSetup {
    /** Missing characters shown in the message, as code points (the font could not show the characters). */
    private static final int SAMPLE = 6;

    /** What is drawn with the font. */
    enum Target { MAP, WINDOW }

    /** The chosen font, the characters it lacks (code-point order), and the message when it lacks any (else null). */
    record Checked(Font font, Set<String> missing, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private FontSetup() {
    }

    /**
     * Chooses and checks the font for the map's texts (and, for the window, the interface's).
     *
     * @param fontFile the user's font file, or null to use an installed font
     * @throws CommandFailure when the font file cannot be read
     */
    static Checked choose(Path fontFile, AtlasMap map, Messages messages, Target target) {
        List<String> texts = texts(map, messages, target);
        Font font;
        if (fontFile == null) {
            font = FontResolver.mapFont(texts, RenderCommand.LABEL_FONT_SIZE);
        } else {
            try {
                font = FontResolver.fromFile(fontFile, texts, RenderCommand.LABEL_FONT_SIZE);
            } catch (IOException e) {
                throw new CommandFailure(messages.get("install.font.unreadable", fontFile, e.getMessage()));
            }
        }
        Set<String> missing = FontResolver.missingGlyphs(font, texts);
        return new Checked(font, missing, missing.isEmpty() ? null : problem(font, missing, messages));
    }

    /**
     * For the window, which opens in any case: an unreadable {@code --font} file is reported like a missing font,
     * and an installed font is used instead.
     */
    static Checked chooseForWindow(Path fontFile, AtlasMap map, Messages messages) {
        try {
            return choose(fontFile, map, messages, Target.WINDOW);
        } catch (CommandFailure unreadable) {
            Checked installed = choose(null, map, messages, Target.WINDOW);
            return new Checked(installed.font(), installed.missing(), installed.ok() ? unreadable.getMessage()
                    : unreadable.getMessage() + " " + installed.problem());
        }
    }

    /** Everything of the map and, for the window, of the interface that is drawn as text. */
    static List<String> texts(AtlasMap map, Messages messages, Target target) {
        List<String> texts = new ArrayList<>(MapRenderer.labelTexts(map.layers()));
        for (MapLayer layer : map.layers()) {
            texts.add(layer.title(messages.english()));
        }
        for (LayerGroupInfo group : map.groups()) {
            texts.add(group.title(messages.english()));
        }
        texts.addAll(MapNotes.lines(messages, map.boundaries()));
        if (target == Target.WINDOW) {
            texts.addAll(messages.texts());
        }
        texts.removeIf(java.util.Objects::isNull);
        return texts;
    }

    /**
     * The message for a font that lacks characters: in the interface language when the font can show that message,
     * else in English, whose Latin letters every font has.
     */
    static String problem(Font font, Set<String> missing, Messages messages) {
        String family = font.getFamily(Locale.ROOT);
        String sample = missing.stream().limit(SAMPLE)
                .map(character -> String.format("U+%04X", character.codePointAt(0))).collect(Collectors.joining(" "));
        String text = messages.get("install.font.missing", family, missing.size(), sample);
        if (!messages.english() && !FontResolver.missingGlyphs(font, List.of(text)).isEmpty()) {
            text = Messages.forLanguage("en").get("install.font.missing", family, missing.size(), sample);
        }
        return text;
    }

    /** The dialog's title, in the same language as {@link #problem}. */
    static String title(Font font, Messages messages) {
        String title = messages.get("install.font.title");
        return FontResolver.missingGlyphs(font, List.of(title)).isEmpty() ? title : Messages.forLanguage("en").get("install.font.title");
    }
}
