package cn.yangquan.atlas.i18n;

import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.MapLayer;
import java.util.ArrayList;
import java.util.List;

/** The notes a map must carry: that township boundaries are schematic, where they are, and the source credits. */
public final class MapNotes {
    private MapNotes() {
    }

    public static List<String> lines(Messages messages, Boundaries boundaries) {
        List<String> lines = new ArrayList<>();
        if (boundaries.schematic()) {
            lines.add(messages.get("note.schematic"));
        }
        lines.add(messages.get("note.plan"));
        lines.addAll(boundaries.credits());
        return lines;
    }

    /**
     * One line for each shown plan layer with nothing to draw, saying on the map why: the plan names no township
     * for it (the register holds the layer without members).
     */
    public static List<String> nothingToDraw(Messages messages, List<MapLayer> emptyLayers) {
        return emptyLayers.stream().map(l -> messages.get("window.note.empty", l.title(messages.english()))).toList();
    }

    /**
     * The notes as the window shows them on its map: the layers with nothing to draw, the schematic warning, and one
     * short credit line pointing to Help &gt; About, where the full credits stand (exports carry them in full).
     */
    public static List<String> compact(Messages messages, Boundaries boundaries, List<MapLayer> emptyLayers) {
        List<String> lines = new ArrayList<>(nothingToDraw(messages, emptyLayers));
        if (boundaries.schematic()) {
            lines.add(messages.get("window.note.schematic"));
        }
        lines.add(messages.get("window.note.credits"));
        return lines;
    }
}
