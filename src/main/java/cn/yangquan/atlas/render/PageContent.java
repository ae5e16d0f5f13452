package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * What one exported map page shows: title and caption, the layers in drawing order with their states, the extent
 * to fit, the legend heading, the notes (source, schematic warning, credits) and the date line.
 */
public record PageContent(String title, String caption, List<MapLayer> layers, List<LayerState> states,
                          Envelope extent, String legendHeading, boolean english, List<String> notes, String dateLine) {
    public PageContent {
        layers = List.copyOf(layers);
        states = List.copyOf(states);
        notes = List.copyOf(notes);
    }

    /** The layers the legend lists: visible ones, top first, without the label layer. */
    public List<MapLayer> legendLayers() {
        List<MapLayer> visible = new ArrayList<>();
        for (MapLayer layer : layers) {
            boolean shown = states.stream().anyMatch(s -> s.layerId().equals(layer.id()) && s.visible() && s.opacity() > 0);
            if (shown && layer.kind() != MapLayer.Kind.LABEL && layer.features().size() > 0) {
                visible.add(0, layer);
            }
        }
        return visible;
    }

    /** Every text the page draws, for the glyph check before printing. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, caption, legendHeading, dateLine));
        texts.addAll(notes);
        legendLayers().forEach(l -> texts.add(l.title(english)));
        texts.addAll(MapRenderer.labelTexts(layers));
        return texts;
    }
}
