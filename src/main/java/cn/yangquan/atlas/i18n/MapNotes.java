package cn.yangquan.atlas.i18n;

import cn.yangquan.atlas.model.Boundaries;
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
}
