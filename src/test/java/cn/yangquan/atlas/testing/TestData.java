package cn.yangquan.atlas.testing;

import cn.yangquan.atlas.app.AtlasLoader;
import cn.yangquan.atlas.app.AtlasPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the real data the tests run on: the repository's register and maps, the prepared boundaries. */
public final class TestData {
    public static final Path BOUNDARIES = Path.of("..", "shared", "maps").toAbsolutePath().normalize();
    public static final Path PLAN = Path.of("..", "shared", "seed").toAbsolutePath().normalize();
    public static final Path DATA = Path.of("data").toAbsolutePath();

    private TestData() {
    }

    /** Real data, with the project file in a temporary directory so tests never touch maps/project.json. */
    public static AtlasPaths paths(Path temporaryDirectory) throws IOException {
        Path project = temporaryDirectory.resolve("project.json");
        Files.copy(Path.of("maps", "project.json"), project);
        return new AtlasPaths(BOUNDARIES, DATA, Path.of("maps").toAbsolutePath(), project, PLAN);
    }

    public static AtlasLoader.Loaded load(Path temporaryDirectory) throws IOException {
        return new AtlasLoader().load(paths(temporaryDirectory));
    }
}
