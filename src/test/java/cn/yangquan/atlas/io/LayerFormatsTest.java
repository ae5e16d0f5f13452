package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerFormatsTest {
    private final LayerFormats files = new LayerFormats();
    private final ReadOptions english = ReadOptions.defaults("en");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "townships-4547.shp,      EPSG:4547",
        "townships-4490-gbk.shp,  EPSG:4490",
        "townships-nocpg.shp,     EPSG:4490",
        "townships-4326.shp,      EPSG:4326",
        "townships-4547.gpkg,     EPSG:4547",
        "townships-4490.gpkg,     EPSG:4490",
        "townships-4490.geojson,  EPSG:4490"})
    void everyFormatAndCrsGivesTheSameTownshipsInTheMapCrs(String name, String crs) throws Exception {
        ReadResult result = files.readFirst(LayerFixtures.DIR.resolve(name), english);
        assertThat(result.sourceCrs()).isEqualTo(crs);
        // Only the shapefile without .cpg has something to say: which encoding was detected.
        assertThat(result.problems()).hasSize(name.contains("nocpg") ? 1 : 0);
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void anUnknownExtensionIsAnInputProblem() throws Exception {
        Path file = temp.resolve("towns.kml");
        Files.writeString(file, "<kml/>");
        assertThatThrownBy(() -> files.readFirst(file, english)).isInstanceOf(InputProblem.class)
                .hasMessage(file + ": unsupported file type .kml; layers can be read from .geojson, .json, .shp, .gpkg");
        assertThatThrownBy(() -> files.readFirst(temp.resolve("README"), english)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("unsupported file type;");
    }

    @Test
    void theExtensionIsMatchedWhateverItsCase() throws Exception {
        Path file = temp.resolve("TOWNSHIPS.GPKG");
        Files.copy(LayerFixtures.DIR.resolve("townships-4547.gpkg"), file);
        assertThat(files.readFirst(file, english).features().size()).isEqualTo(33);
        assertThat(LayerFormats.extensions()).containsExactly("geojson", "json", "shp", "gpkg");
    }

    @Test
    void malformedJsonIsWordedPlainlyInTheChosenLanguageWithoutTheParsersNotes() throws Exception {
        Path file = temp.resolve("cut.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [");
        for (String language : new String[] {"en", "zh"}) {
            assertThatThrownBy(() -> files.readFirst(file, ReadOptions.defaults(language)))
                    .isInstanceOf(InputProblem.class).hasMessageStartingWith(file + ", line 1")
                    .hasMessageContaining(language.equals("en") ? "malformed JSON: " : "JSON 格式错误：")
                    .hasMessageContaining("(start marker at line 1, column 43)")
                    .message().doesNotContain("Source", "REDACTED", "StreamReadFeature", "\n");
        }
    }

    @Test
    void aGeoPackageIsReadTableByTableAndATableIsNamedWithAHash() throws Exception {
        Path file = temp.resolve("two.gpkg");
        Files.copy(LayerFixtures.DIR.resolve("townships-4547.gpkg"), file);
        LayerFormats.Source all = LayerFormats.Source.parse(file.toString());
        assertThat(all.table()).isNull();
        List<ReadResult> results = files.read(all, english);
        assertThat(results).extracting(ReadResult::table).containsExactly("townships");
        LayerFormats.Source one = LayerFormats.Source.parse(file + "#townships");
        assertThat(one.file()).isEqualTo(file);
        assertThat(files.read(one, english)).singleElement().extracting(r -> r.features().size()).isEqualTo(33);
        assertThat(LayerFormats.Source.parse(file + "#a#b")).isEqualTo(new LayerFormats.Source(file, "a#b"));
        assertThat(LayerFormats.Source.parse(temp.resolve("gone.gpkg#t").toString()))
                .isEqualTo(new LayerFormats.Source(temp.resolve("gone.gpkg"), "t"));
        assertThatThrownBy(() -> files.read(LayerFormats.Source.parse(file + "#wells"), english))
                .isInstanceOf(InputProblem.class).hasMessage(file + ", table wells: no such feature table; the feature"
                        + " tables are: townships");
    }
}
