package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryLoaderTest {
    @TempDir
    Path temp;

    @Test
    void thePreparedSetIsSchematicAndCarriesTheDefaultCredits() {
        Boundaries boundaries = new BoundaryLoader().load(TestData.BOUNDARIES, List.of("credit line"));
        assertThat(boundaries.townships().size()).isEqualTo(33);
        assertThat(boundaries.counties().size()).isEqualTo(5);
        assertThat(boundaries.rivers().size()).isEqualTo(2);
        assertThat(boundaries.railways().size()).isEqualTo(1);
        assertThat(boundaries.schematic()).isTrue();
        assertThat(boundaries.credits()).containsExactly("credit line");
        assertThat(boundaries.problems()).isEmpty();
    }

    @Test
    void aMissingDirectoryGivesAProblemNotACrash() {
        Boundaries boundaries = new BoundaryLoader().load(temp.resolve("nowhere"), List.of());
        assertThat(boundaries.present()).isFalse();
        assertThat(boundaries.problems()).singleElement().asString().contains("nowhere");
    }

    @Test
    void officialFilesWithoutTheApproximateFlagAreNotSchematicAndBringTheirOwnCredits() throws Exception {
        String official = Files.readString(TestData.BOUNDARIES.resolve("townships.geojson")).replace("\"approximate\":true", "\"approximate\":false");
        Files.writeString(temp.resolve("townships.geojson"), official);
        Files.copy(TestData.BOUNDARIES.resolve("counties.geojson"), temp.resolve("counties.geojson"));
        Files.writeString(temp.resolve("CREDITS.txt"), "阳泉市自然资源局 2024\n");
        Boundaries boundaries = new BoundaryLoader().load(temp, List.of("default"));
        assertThat(boundaries.schematic()).isFalse();
        assertThat(boundaries.credits()).containsExactly("阳泉市自然资源局 2024");
        assertThat(boundaries.problems()).isEmpty();
    }

    @Test
    void anOfficialShapefileInGaussKrugerDropsInAsTownships() throws Exception {
        for (String extension : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg")) {
            Files.copy(Path.of("src/test/resources/layers/townships-4547" + extension), temp.resolve("townships" + extension));
        }
        Files.copy(TestData.BOUNDARIES.resolve("counties.geojson"), temp.resolve("counties.geojson"));
        Boundaries boundaries = new BoundaryLoader().load(temp, List.of());
        assertThat(boundaries.townships().size()).isEqualTo(33);
        assertThat(boundaries.schematic()).as("approximat = 1 in the .dbf").isTrue();
        assertThat(boundaries.problems()).isEmpty();
    }
}
