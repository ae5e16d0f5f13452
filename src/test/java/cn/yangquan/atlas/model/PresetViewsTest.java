package cn.yangquan.atlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetViewsTest {
    @TempDir
    Path temp;

    @Test
    void thereIsACityViewAndOneViewPerCircleZoneAndIndustry() throws Exception {
        AtlasMap map = TestData.load(temp).map();
        List<SavedView> views = PresetViews.from(map, "全市", "说明", false);
        assertThat(views).hasSize(1 + 3 + 8 + 6);
        assertThat(views.get(0).id()).isEqualTo("city");
        assertThat(views.get(0).extent()).isEqualTo(map.extent());
    }

    @Test
    void anIndustryViewShowsItsBaseTownshipsWithOnlyThatPlanLayer() throws Exception {
        AtlasMap map = TestData.load(temp).map();
        SavedView grains = PresetViews.from(map, "全市", "", false).stream()
                .filter(v -> v.id().equals("view-industry-grains")).findFirst().orElseThrow();
        assertThat(grains.title()).isEqualTo("杂粮新品产业");
        assertThat(grains.caption()).contains("第二章第四节");
        List<String> visible = grains.layers().stream().filter(LayerState::visible).map(LayerState::layerId).toList();
        assertThat(visible).contains("industry-grains", "townships", "counties", "labels")
                .doesNotContain("industry-medicine", "zone-grain", "circle-urban", "sites");
        for (Feature base : map.layer("industry-grains").orElseThrow().features().features()) {
            var township = map.join().feature(base.text("register_code")).orElseThrow();
            assertThat(grains.extent().contains(township.geometry().getEnvelopeInternal())).isTrue();
        }
    }
}
