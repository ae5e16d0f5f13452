package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapRendererTest {
    /** Reference renders live here; run with -Dreference.update=true to rewrite them after a deliberate change. */
    private static final Path REFERENCES = Path.of("src", "test", "resources", "reference");

    @TempDir
    Path temp;

    private RenderFixture fixture;

    @BeforeAll
    void load(@TempDir Path projectDirectory) throws Exception {
        fixture = new RenderFixture(projectDirectory);
    }

    @Test
    void theCityMapMatchesItsReferenceRender() throws Exception {
        BufferedImage image = fixture.render(fixture.allVisible(), fixture.city(800, 600));
        Path reference = REFERENCES.resolve("city-800x600.png");
        if (Boolean.getBoolean("reference.update")) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(image, "png", reference.toFile());
        }
        // A missing reference is a failure, not a new reference: it would make this test pass on any drawing.
        assertThat(reference).as("reference render (write it with -Dreference.update=true)").exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        ImageIO.write(image, "png", temp.resolve("actual.png").toFile());
        assertThat(differingPixelShare(image, expected)).as("share of pixels differing from " + reference).isLessThan(0.01);
    }

    @Test
    void aZoneLayerChangesPixelsOnlyOverItsTownships() {
        Viewport viewport = fixture.city(900, 700);
        BufferedImage with = fixture.render(fixture.allVisible(), viewport);
        BufferedImage without = fixture.render(fixture.without("zone-grain"), viewport);
        MapLayer zone = fixture.loaded.map().layer("zone-grain").orElseThrow();
        var changed = cn.yangquan.atlas.testing.ChangedPixels.between(with, without, zone, viewport);
        assertThat(changed.inside()).as("pixels changed over the zone's townships").isGreaterThan(2000);
        assertThat(changed.outside()).as("pixels changed elsewhere").isZero();
    }

    @Test
    void everyLabelLegendAndNoteGlyphExistsInTheChosenFont() {
        List<String> texts = new ArrayList<>(MapRenderer.labelTexts(fixture.loaded.map().layers()));
        fixture.loaded.map().layers().forEach(l -> texts.add(l.title()));
        texts.addAll(MapNotes.lines(Messages.forLanguage("zh"), fixture.loaded.map().boundaries()));
        assertThat(texts).contains("西南舁乡", "娘子关镇");
        assertThat(FontResolver.missingGlyphs(fixture.renderer.font(), texts)).isEmpty();
    }

    @Test
    void labelsAreDrawnAsDarkGlyphsNotEmptyBoxes() {
        Viewport viewport = fixture.city(900, 700);
        var onlyLabels = fixture.allVisible().stream().map(s -> s.withVisible(s.layerId().equals("labels"))).toList();
        BufferedImage image = fixture.render(onlyLabels, viewport);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(3000);
    }

    static double differingPixelShare(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int delta = Math.abs(((a >> 16) & 0xFF) - ((e >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((e >> 8) & 0xFF))
                        + Math.abs((a & 0xFF) - (e & 0xFF));
                if (delta > 60) {
                    differing++;
                }
            }
        }
        return differing / (double) (actual.getWidth() * actual.getHeight());
    }
}
