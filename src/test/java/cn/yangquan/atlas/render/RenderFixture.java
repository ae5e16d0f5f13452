package cn.yangquan.atlas.render;

import cn.yangquan.atlas.app.AtlasLoader;
import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.testing.TestData;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/** The real atlas, loaded once per test class, rendered headless. */
final class RenderFixture {
    final AtlasLoader.Loaded loaded;
    final MapRenderer renderer;

    RenderFixture(Path temp) throws Exception {
        loaded = TestData.load(temp);
        renderer = new MapRenderer(FontResolver.mapFont(MapRenderer.labelTexts(loaded.map().layers()), 13));
    }

    List<MapLayer> layers() {
        return loaded.project().order().stream().map(id -> loaded.map().layer(id).orElseThrow()).toList();
    }

    /** The whole city clear of the furniture, as {@code render} fits it. */
    Viewport city(int width, int height) {
        return new MapComposer(renderer).fit(loaded.map().extent(), width, height, 1.0, notes());
    }

    List<String> notes() {
        return MapNotes.lines(Messages.forLanguage("zh"), loaded.map().boundaries());
    }

    BufferedImage render(List<LayerState> states, Viewport viewport) {
        return new MapComposer(renderer).image(new MapComposition(layers(), states), viewport, notes());
    }

    List<LayerState> allVisible() {
        return loaded.project().layers();
    }

    List<LayerState> without(String layerId) {
        return allVisible().stream().map(s -> s.layerId().equals(layerId) ? s.withVisible(false) : s).toList();
    }
}
