package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.io.StyleReader;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.StyleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads everything the atlas shows, never failing as a whole: each part that cannot be read becomes a problem in
 * the result and the rest still loads.
 */
public final class AtlasLoader {

    /** The map, the project state to show it in, and the problems found while loading. */
    public record Loaded(AtlasMap map, MapProject project, List<String> problems) {
    }

    public Loaded load(AtlasPaths paths) {
        List<String> problems = new ArrayList<>();
        RegisterReader.Loaded register = new RegisterReader().read(paths.data());
        problems.addAll(register.problems());
        StyleBook styles = new StyleBook(Map.of());
        try {
            styles = new StyleReader().read(paths.styles());
        } catch (InputProblem e) {
            problems.add(e.getMessage());
        }
        Boundaries boundaries = new BoundaryLoader().load(paths.boundaries(), defaultCredits(paths, problems));
        AtlasMap map = new PlanMapBuilder(register.register(), boundaries, styles).build();
        MapProject project = new MapProject("", map.defaultStates(), null);
        if (Files.isRegularFile(paths.project())) {
            try {
                project = new ProjectStore().read(paths.project());
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            }
        }
        return new Loaded(map, project.reconciledWith(map.defaultStates()), problems);
    }

    private static List<String> defaultCredits(AtlasPaths paths, List<String> problems) {
        try {
            return Files.readAllLines(paths.defaultCredits(), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            problems.add(paths.defaultCredits() + ": cannot read credits: " + e.getMessage());
            return List.of();
        }
    }
}
