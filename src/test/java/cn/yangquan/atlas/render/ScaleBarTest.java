package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ScaleBarTest {
    @Test
    void picksTheLargestRoundLengthThatFits() {
        assertThat(ScaleBar.fitting(100, 160).metres()).isEqualTo(10_000);
        assertThat(ScaleBar.fitting(100, 160).label()).isEqualTo("10 km");
        assertThat(ScaleBar.fitting(10, 160).metres()).isEqualTo(1_000);
        assertThat(ScaleBar.fitting(3, 160).metres()).isEqualTo(200);
        assertThat(ScaleBar.fitting(3, 160).label()).isEqualTo("200 m");
        assertThat(ScaleBar.fitting(70, 160).metres()).isEqualTo(10_000);
        assertThat(ScaleBar.fitting(40, 160).metres()).isEqualTo(5_000);
    }

    @Test
    void theDrawnBarIsAsLongAsItsNumberSaysWithinOnePercent() {
        double metresPerPixel = 37.5;
        ScaleBar bar = ScaleBar.fitting(metresPerPixel, 300);
        BufferedImage image = new BufferedImage(600, 100, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, 600, 100);
        Decorations.scaleBar(g, bar, 50, 80, 1.0, new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.dispose();
        int row = 77;
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, row) & 0xFFFFFF;
            boolean barPixel = rgb == 0x222222 || rgb == 0xFFFFFF;
            if (barPixel && first < 0) {
                first = x;
            }
            if (barPixel) {
                last = x;
            }
        }
        double measuredMetres = (last - first + 1) * metresPerPixel;
        assertThat(measuredMetres).isCloseTo(bar.metres(), within(bar.metres() * 0.01));
        assertThat(bar.metres()).isEqualTo(10_000);
    }
}
