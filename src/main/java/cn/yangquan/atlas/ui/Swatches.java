package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.render.Decorations;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;

/** Small legend swatches drawn by the same Java2D code as the map and exports. */
final class Swatches {
    static final int WIDTH = 28;
    static final int HEIGHT = 16;

    private Swatches() {
    }

    /** @param ground the colour a translucent fill lies on in the map (see {@link Decorations#swatch}), or null */
    static Image of(MapLayer layer, Color ground) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        var g = image.createGraphics();
        try {
            Decorations.swatch(g, layer.kind(), layer.style(), new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), 1.0, ground);
        } finally {
            g.dispose();
        }
        return FxImages.share(image);
    }
}
