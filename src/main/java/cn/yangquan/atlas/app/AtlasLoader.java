package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFiles;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.io.StyleReader;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.StyleBook;
import cn.yangquan.atlas.model.UserLayerSource;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.register.PlanRegister;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads everything the atlas shows, never failing as a whole: each part that cannot be read becomes a problem in
 * the result and the rest still loads.
 */
public final class AtlasLoader {

    /**
     * The map, the project state to show it in, the problems found while loading, and what is needed to rebuild the
     * map on other boundaries (register, styles) or with more layers (the user's layer sources).
     */
    public record Loaded(AtlasMap map, MapProject project, List<String> problems, PlanRegister register, StyleBook styles,
                         List<UserLayerSource> userLayers) {
        public Loaded {
            problems = List.copyOf(problems);
            userLayers = List.copyOf(userLayers);
        }
    }

    public Loaded load(AtlasPaths paths) {
        return load(paths, List.of());
    }

    /** Loads the atlas and the user's layer files ({@code --layer}), which are drawn on top. */
    public Loaded load(AtlasPaths paths, List<Path> layerFiles) {
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
        MapProject saved = readProject(paths.project(), problems).orElse(null);
        // The layers the project kept come back under their saved ids; --layer files follow with the next free ones.
        List<UserLayerSource> wanted = new ArrayList<>(saved == null ? List.of() : saved.userLayers());
        for (Path file : layerFiles) {
            wanted.add(new UserLayerSource(null, file.getFileName().toString(), file.toAbsolutePath().toString(), null, null, null));
        }
        List<UserLayerSource> sources = new ArrayList<>();
        List<MapLayer> userLayers = new ArrayList<>();
        for (UserLayerSource source : wanted) {
            try {
                Charset encoding = source.encoding() == null ? null : Charset.forName(source.encoding());
                ReadResult result = new LayerFiles().read(Path.of(source.path()), encoding);
                problems.addAll(result.problems());
                String id = source.layerId() != null ? source.layerId() : UserLayers.nextId(userLayers.stream().map(MapLayer::id).toList());
                userLayers.add(UserLayers.layer(id, source.title(), result.features(), userLayers.size()));
                sources.add(new UserLayerSource(id, source.title(), source.path(), result.sourceCrs(), source.encoding(),
                        source.table()));
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(source.path() + ": unknown encoding " + source.encoding() + " / 未知编码");
            }
        }
        if (!userLayers.isEmpty()) {
            map = map.withGroup(userLayers, userGroup(userLayers.stream().map(MapLayer::id).toList()));
        }
        MapProject project = (saved != null ? saved : readTemplate(paths, problems)
                .orElse(new MapProject("", map.defaultStates(), null))).withUserLayers(sources);
        return new Loaded(map, project.reconciledWith(map.defaultStates()), problems, register.register(), styles, sources);
    }

    /**
     * Reads the project file; a corrupt one is kept aside as {@code NAME.corrupt} (nothing the user saved is lost),
     * reported, and its backup {@code NAME.bak} is used when that one reads.
     */
    static java.util.Optional<MapProject> readProject(Path file, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        ProjectStore store = new ProjectStore();
        try {
            return java.util.Optional.of(store.read(file));
        } catch (InputProblem e) {
            problems.add(e.getMessage());
        }
        Path corrupt = file.resolveSibling(file.getFileName() + ".corrupt");
        try {
            Files.copy(file, corrupt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            problems.add(file + ": kept as " + corrupt.getFileName() + " / 损坏的工程文件已另存");
        } catch (IOException e) {
            problems.add(file + ": could not keep a copy of the corrupt file: " + e.getMessage());
        }
        Path backup = cn.yangquan.atlas.io.AtomicFiles.backupOf(file);
        if (Files.isRegularFile(backup)) {
            try {
                MapProject restored = store.read(backup);
                problems.add(file + ": restored from backup " + backup.getFileName() + " / 已从备份恢复");
                return java.util.Optional.of(restored);
            } catch (InputProblem e) {
                problems.add(e.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The shipped project, for a user whose own project file does not exist yet (an installed atlas keeps that file
     * in the user's folder, apart from the shipped one).
     */
    private static java.util.Optional<MapProject> readTemplate(AtlasPaths paths, List<String> problems) {
        Path template = paths.projectTemplate();
        if (template.equals(paths.project()) || Files.isRegularFile(paths.project()) || !Files.isRegularFile(template)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ProjectStore().read(template));
        } catch (InputProblem e) {
            problems.add(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    public static LayerGroupInfo userGroup(List<String> layerIds) {
        return new LayerGroupInfo(UserLayers.GROUP, "我的图层", "My layers", layerIds);
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
