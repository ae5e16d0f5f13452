package cn.yangquan.atlas.testing;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two renders of the same view differ: inside the screen boxes of a layer's features (with a margin for
 * outlines) or elsewhere. A layer toggle must change pixels only inside.
 */
public record ChangedPixels(int inside, int outside) {

    public static ChangedPixels between(BufferedImage before, BufferedImage after, MapLayer layer, Viewport viewport) {
        List<Rectangle> boxes = new ArrayList<>();
        for (Feature feature : layer.features().features()) {
            var envelope = feature.geometry().getEnvelopeInternal();
            var topLeft = viewport.toScreen(envelope.getMinX(), envelope.getMaxY());
            var bottomRight = viewport.toScreen(envelope.getMaxX(), envelope.getMinY());
            boxes.add(new Rectangle((int) topLeft.getX() - 3, (int) topLeft.getY() - 3,
                    (int) (bottomRight.getX() - topLeft.getX()) + 6, (int) (bottomRight.getY() - topLeft.getY()) + 6));
        }
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    final int px = x;
                    final int py = y;
                    if (boxes.stream().anyMatch(box -> box.contains(px, py))) {
                        inside++;
                    } else {
                        outside++;
                    }
                }
            }
        }
        return new ChangedPixels(inside, outside);
    }
}
