package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.StyleBook;
import cn.yangquan.atlas.model.style.Dash;
import cn.yangquan.atlas.model.style.Hatch;
import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code maps/styles.json}: {@code {"layers": {"<layer id>": {fill, stroke, stroke_width, dash, hatch,
 * hatch_color, hatch_spacing, symbol, symbol_color, symbol_size, casing}}}}. Colours are {@code #RRGGBB} or
 * {@code #RRGGBBAA}.
 */
public final class StyleReader {
    private static final Set<String> FIELDS = Set.of("fill", "stroke", "stroke_width", "dash", "hatch", "hatch_color",
            "hatch_spacing", "symbol", "symbol_color", "symbol_size", "casing", "note");

    public StyleBook read(Path file) throws InputProblem {
        JsonNode root;
        try {
            root = RegisterReader.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputProblem(file.toString(), place, "malformed JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("invalid"), e);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read styles: " + e.getMessage(), e);
        }
        JsonNode layers = root == null ? null : root.get("layers");
        if (layers == null || !layers.isObject()) {
            throw new InputProblem(file, "$.layers", "missing object of layer styles");
        }
        Map<String, LayerStyle> styles = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = layers.fields();
        while (entries.hasNext()) {
            var entry = entries.next();
            String path = "$.layers." + entry.getKey();
            styles.put(entry.getKey(), style(file, path, entry.getValue()));
        }
        return new StyleBook(styles);
    }

    private static LayerStyle style(Path file, String path, JsonNode node) throws InputProblem {
        if (!node.isObject()) {
            throw new InputProblem(file, path, "a layer style must be an object of style fields");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InputProblem(file, path + "." + name, "unknown style field");
            }
        }
        LayerStyle base = LayerStyle.DEFAULT;
        try {
            return new LayerStyle(
                    color(file, path + ".fill", node.get("fill")),
                    color(file, path + ".stroke", node.get("stroke")),
                    (float) node.path("stroke_width").asDouble(base.strokeWidth()),
                    constant(file, path + ".dash", node.path("dash"), Dash.class, Dash.SOLID),
                    constant(file, path + ".hatch", node.path("hatch"), Hatch.class, Hatch.NONE),
                    color(file, path + ".hatch_color", node.get("hatch_color")),
                    (float) node.path("hatch_spacing").asDouble(base.hatchSpacing()),
                    constant(file, path + ".symbol", node.path("symbol"), Symbol.class, Symbol.NONE),
                    color(file, path + ".symbol_color", node.get("symbol_color")),
                    (float) node.path("symbol_size").asDouble(base.symbolSize()),
                    color(file, path + ".casing", node.get("casing")));
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, path, e.getMessage());
        }
    }

    /** The named constant of a style enum; a missing field gives the default. */
    private static <E extends Enum<E>> E constant(Path file, String path, JsonNode node, Class<E> type, E absent)
            throws InputProblem {
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        if (node.isTextual()) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(node.asText().toUpperCase(Locale.ROOT))) {
                    return value;
                }
            }
        }
        throw new InputProblem(file, path, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " " + node
                + "; one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    static Color color(Path file, String path, JsonNode node) throws InputProblem {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText();
        if (!text.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            throw new InputProblem(file, path, "colour must be #RRGGBB or #RRGGBBAA: " + text);
        }
        int rgb = Integer.parseInt(text.substring(1, 7), 16);
        int alpha = text.length() == 9 ? Integer.parseInt(text.substring(7), 16) : 255;
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
    }
}
