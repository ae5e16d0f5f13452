package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    /** Noise and antialiased shapes, the kinds of pixels a map of small parcels has, with alpha where the type has it. */
    private static BufferedImage picture(int type, int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (random.nextInt(3) == 0) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE3, 0xD2, 0x8C, 180));
        g.fill(new Ellipse2D.Double(width * 0.1, height * 0.1, width * 0.7, height * 0.8));
        g.dispose();
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 1920", "1920, 1", "300, 64", "301, 65", "257, 200", "1920, 1080"})
    void decodesToExactlyThePixelsOfOpaqueAndTranslucentImages(int width, int height) throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
                BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage image = picture(type, width, height, width * 31L + height);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
            assertThat(decoded).as("type %d", type).isNotNull();
            assertThat(decoded.getColorModel().hasAlpha()).isEqualTo(image.getColorModel().hasAlpha());
            int[] expected = image.getRGB(0, 0, width, height, null, 0, width);
            int[] actual = decoded.getRGB(0, 0, width, height, null, 0, width);
            assertThat(actual).as("type %d, %d×%d", type, width, height).isEqualTo(expected);
        }
    }

    @Test
    void compressesAFlatMapWell() {
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(MapComposer.BACKGROUND);
        g.fillRect(0, 0, 1920, 1080);
        g.dispose();
        // 6.2 MB of pixels in one colour: a working deflate makes a few kilobytes of it.
        assertThat(PngEncoder.encode(image).length).isLessThan(40_000);
    }

    @Test
    void combinesChecksumsAsOneChecksumOfTheJoinedBytes() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            byte[] first = new byte[random.nextInt(200_000)];
            byte[] second = new byte[random.nextInt(200_000)];
            random.nextBytes(first);
            random.nextBytes(second);
            Adler32 a = new Adler32();
            a.update(first);
            Adler32 b = new Adler32();
            b.update(second);
            Adler32 joined = new Adler32();
            joined.update(first);
            joined.update(second);
            assertThat(PngEncoder.combineAdler(a.getValue(), b.getValue(), second.length)).isEqualTo(joined.getValue());
        }
    }
}
