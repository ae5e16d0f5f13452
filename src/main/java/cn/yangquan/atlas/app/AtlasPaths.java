package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.io.PlanTextReader;
import java.nio.file.Path;

/**
 * Where the atlas reads from: the boundary directory, the register ({@code data/}), the map definitions
 * ({@code maps/}: styles, credits, default project), the project file to restore and save, and the plan text.
 */
public record AtlasPaths(Path boundaries, Path data, Path maps, Path project, Path planText) {

    /** The defaults relative to the working directory, each replaced by the given path where one is given. */
    public static AtlasPaths resolve(Path boundaries, Path data, Path project, Path planText) {
        Path here = Path.of("").toAbsolutePath();
        Path maps = here.resolve("maps");
        return new AtlasPaths(
                boundaries != null ? boundaries : BoundaryLoader.defaultDirectory(here),
                data != null ? data : here.resolve("data"),
                maps,
                project != null ? project : maps.resolve("project.json"),
                planText != null ? planText : PlanTextReader.defaultLocation(here));
    }

    public Path styles() {
        return maps.resolve("styles.json");
    }

    public Path defaultCredits() {
        return maps.resolve("credits.txt");
    }
}
