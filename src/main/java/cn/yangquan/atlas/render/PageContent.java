package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.MapLayer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * What one exported map page shows: title and caption, the map's {@link MapComposition}, the extent to fit, the
 * legend heading, the notes (source, schematic warning, credits, layers with nothing to draw) and the date line.
 */
public record PageContent(String title, String caption, MapComposition composition, Envelope extent,
                          String legendHeading, boolean english, List<String> notes, String dateLine) {
    public PageContent {
        notes = List.copyOf(notes);
    }

    /** Every text the page draws, for the glyph check before printing. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, caption, legendHeading, dateLine));
        texts.addAll(notes);
        composition.legend().forEach(l -> texts.add(l.title(english)));
        texts.addAll(MapRenderer.labelTexts(composition.drawnLayers()));
        return texts;
    }

    /** The legend of the page: the composition's rule for what the map frame shows (map metres). */
    public List<MapLayer> legendLayers(Envelope shown) {
        return composition.legend(shown);
    }
}
