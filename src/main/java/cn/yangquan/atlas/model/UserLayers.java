package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import java.awt.Color;
import java.util.List;

/**
 * Layers from the user's own files: drawn as areas, lines or points by their geometry, each in the next colour of a
 * palette distinct from the plan's layers, in the tree group {@code user}.
 */
public final class UserLayers {
    public static final String GROUP = "user";
    private static final List<Color> PALETTE = List.of(new Color(0x1B, 0x9E, 0x77), new Color(0xD9, 0x5F, 0x02),
            new Color(0x75, 0x70, 0xB3), new Color(0xE7, 0x29, 0x8A), new Color(0x66, 0xA6, 0x1E), new Color(0xA6, 0x76, 0x1D));

    private UserLayers() {
    }

    /** The one id scheme of user layers: {@code user-N} with the smallest N not taken by {@code taken}. */
    public static String nextId(java.util.Collection<String> taken) {
        int next = 1;
        while (taken.contains(GROUP + "-" + next)) {
            next++;
        }
        return GROUP + "-" + next;
    }

    public static MapLayer layer(String id, String title, FeatureCollection features, int index) {
        Color color = PALETTE.get(Math.floorMod(index, PALETTE.size()));
        int dimension = features.features().stream().mapToInt(f -> f.geometry().getDimension()).max().orElse(2);
        return switch (dimension) {
            case 0 -> new MapLayer(id, title, title, GROUP, MapLayer.Kind.POINT, features,
                    new LayerStyle(null, color.darker(), 0.8f, null, null, null, 8f, Symbol.CIRCLE, color, 7f, null), 0);
            case 1 -> new MapLayer(id, title, title, GROUP, MapLayer.Kind.LINE, features,
                    new LayerStyle(null, color, 1.6f, null, null, null, 8f, null, null, 0f, null), 0);
            default -> new MapLayer(id, title, title, GROUP, MapLayer.Kind.AREA, features,
                    new LayerStyle(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70), color.darker(), 1f,
                            null, null, null, 8f, null, null, 0f, null), 0);
        };
    }
}
