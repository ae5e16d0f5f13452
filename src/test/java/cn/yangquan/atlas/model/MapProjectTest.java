package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapProjectTest {
    private final List<LayerState> defaults = List.of(
            new LayerState("townships", true, 1), new LayerState("zone-a", true, 1),
            new LayerState("zone-b", true, 1), new LayerState("labels", true, 1));

    @Test
    void savedOrderAndStateWinAndUnknownLayersAreDropped() {
        MapProject saved = new MapProject("t", List.of(new LayerState("zone-b", false, 0.4),
                new LayerState("gone", true, 1), new LayerState("townships", true, 1),
                new LayerState("zone-a", true, 0.7), new LayerState("labels", true, 1)), null);
        MapProject reconciled = saved.reconciledWith(defaults);
        assertThat(reconciled.order()).containsExactly("zone-b", "townships", "zone-a", "labels");
        assertThat(reconciled.state("zone-b")).contains(new LayerState("zone-b", false, 0.4));
    }

    @Test
    void layersMissingFromTheProjectAreInsertedWhereTheDefaultsPutThem() {
        MapProject saved = new MapProject("t", List.of(new LayerState("townships", true, 1),
                new LayerState("labels", true, 0.5)), null);
        assertThat(saved.reconciledWith(defaults).order()).containsExactly("townships", "zone-a", "zone-b", "labels");
    }

    @Test
    void anEmptyProjectTakesTheDefaults() {
        assertThat(new MapProject("", List.of(), null).reconciledWith(defaults).layers()).isEqualTo(defaults);
    }
}
