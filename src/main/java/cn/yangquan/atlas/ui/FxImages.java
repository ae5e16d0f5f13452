package cn.yangquan.atlas.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Wraps a Java2D image for JavaFX without copying pixels: both share one int array. */
final class FxImages {
    private FxImages() {
    }

    /** The image must be {@link BufferedImage#TYPE_INT_ARGB_PRE}; it must not be drawn on after this call. */
    static WritableImage share(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("only TYPE_INT_ARGB_PRE images share their pixels with JavaFX");
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }
}
