package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.testing.AtlasProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without the boundary data every map command says so in one line (what is missing, where it was looked for, how to
 * point at it) and exits non-zero, instead of crashing on an empty extent.
 */
class MissingBoundariesTest {
    @TempDir
    Path temp;

    /** Each map command, with what it needs besides the boundaries. */
    private List<String> command(String name) {
        return switch (name) {
            case "render" -> List.of("render", "--out", temp.resolve("map.png").toString());
            case "export" -> List.of("export", "--view", "city", "--out", temp.resolve("city.pdf").toString());
            case "export-all" -> List.of("export", "--all", "--out", temp.resolve("pack").toString());
            case "info" -> List.of("info", "西南舁乡", "--json");
            case "layers" -> List.of("layers", "--json");
            case "bench" -> List.of("bench", "--data", "data/layers.json", "--runs", "1", "--warmup", "0");
            default -> List.of(name);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"render", "export", "export-all", "info", "layers", "views", "bench"})
    void aBoundaryDirectoryWithoutTownshipsFailsInOneLine(String name) throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty-boundaries"));
        List<String> args = new java.util.ArrayList<>(command(name));
        args.addAll(List.of("--boundaries", empty.toString()));
        boolean hasLanguage = !name.equals("bench");
        if (hasLanguage) {
            args.addAll(List.of("--lang", "en"));
        }
        CommandLineTest.Run run = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("null")
                .startsWith(hasLanguage ? "yq-atlas: Boundary data not found" : "yq-atlas: 没有找到边界数据")
                .contains(empty.toString()).contains("--boundaries");
        assertThat(temp.resolve("map.png")).doesNotExist();
        assertThat(temp.resolve("city.pdf")).doesNotExist();
        assertThat(temp.resolve("pack")).doesNotExist();
    }

    @Test
    void theMessageIsInTheInterfaceLanguage() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty-boundaries"));
        CommandLineTest.Run run = CommandLineTest.run("render", "--out", temp.resolve("map.png").toString(),
                "--boundaries", empty.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).startsWith("yq-atlas: 没有找到边界数据").contains("--boundaries");
    }

    @Test
    void fromAFolderWithoutSharedOrMapsTheCommandsSayWhereTheyLooked() throws Exception {
        Path work = Files.createDirectories(temp.resolve("elsewhere").resolve("work"));
        Files.createDirectories(work.resolve("data"));
        AtlasProcess.Result render = AtlasProcess.run(work, "render", "--out", "map.png", "--lang", "en");
        assertThat(render.exit()).isNotZero();
        assertThat(render.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains(work.resolve("maps").resolve("boundaries").toString())
                .contains(temp.resolve("elsewhere").resolve("shared").resolve("maps").toString())
                .contains("--boundaries DIR");
        assertThat(work.resolve("map.png")).doesNotExist();
        AtlasProcess.Result export = AtlasProcess.run(work, "export", "--view", "city", "--out", "city.pdf");
        assertThat(export.exit()).isNotZero();
        assertThat(export.err().strip()).doesNotContain("\n").startsWith("yq-atlas: 没有找到边界数据");
    }

    @Test
    void boundaryFilesOfWhichNothingReadsLeaveNothingToDrawAndSaySo() throws Exception {
        Path boundaries = Files.createDirectories(temp.resolve("unreadable"));
        Files.writeString(boundaries.resolve("townships.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        CommandLineTest.Run run = CommandLineTest.run("render", "--out", temp.resolve("map.png").toString(),
                "--boundaries", boundaries.toString(), "--lang", "en");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("Nothing to draw").contains(boundaries.toString()).doesNotContain("Exception");
        assertThat(temp.resolve("map.png")).doesNotExist();
        CommandLineTest.Run export = CommandLineTest.run("export", "--view", "city", "--out",
                temp.resolve("city.pdf").toString(), "--boundaries", boundaries.toString(), "--lang", "en");
        assertThat(export.exit()).isNotZero();
        assertThat(export.err()).contains("Nothing to draw").doesNotContain("cannot write PDF");
    }
}
