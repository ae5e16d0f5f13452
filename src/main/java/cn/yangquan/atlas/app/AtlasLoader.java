package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.io.ReadOptions;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads everything the atlas shows, never failing as a whole: each part that cannot be read becomes a problem in
 * the result and the rest still loads.
 */
public final class AtlasLoader {

    /** An input that did not load fully, and which option names that kind of input. */
    public record FailedInput(Kind kind, String input) {
        public enum Kind { LAYER, BOUNDARIES, DATA, PROJECT }
    }

    /**
     * The map, the project state to show it in, the problems found while loading, and what is needed to rebuild the
     * map on other boundaries (register, styles) or with more layers (the user's layer sources). {@code failedInputs}
     * names the inputs the user asked for ({@code --layer}, {@code --boundaries}, {@code --data},
     * {@code --project}) that did not load fully.
     */
    public record Loaded(AtlasMap map, MapProject project, List<String> problems, PlanRegister register, StyleBook styles,
                         List<UserLayerSource> userLayers, List<FailedInput> failedInputs) {
        public Loaded {
            problems = List.copyOf(problems);
            userLayers = List.copyOf(userLayers);
            failedInputs = List.copyOf(failedInputs);
        }
    }

    public Loaded load(AtlasPaths paths) {
        return load(paths, List.of());
    }

    /** Loads the atlas and the user's layer files ({@code --layer}), which are drawn on top. */
    public Loaded load(AtlasPaths paths, List<Path> layerFiles) {
        return load(paths, layerFiles, Messages.forLanguage("zh"));
    }

    /**
     * As {@link #load(AtlasPaths, List)}, with reading problems in the language of {@code messages}. A layer file is
     * named {@code PATH} (every table of a GeoPackage) or {@code PATH#table}; each non-empty layer is added.
     */
    public Loaded load(AtlasPaths paths, List<Path> layerFiles, Messages messages) {
        List<String> projectProblems = new ArrayList<>();
        MapProject saved = readProject(paths.project(), projectProblems).orElse(null);
        // The layers the project kept come back under their saved ids; --layer files follow with the next free ones.
        List<UserLayerSource> wanted = new ArrayList<>(saved == null ? List.of() : saved.userLayers());
        for (Path file : layerFiles) {
            LayerFormats.Source named = LayerFormats.Source.parse(file);
            // A file the project keeps already is shown under its kept id: naming it again (a second start with the
            // same --layer, after the first one's layers were saved) must not add a copy of it each time.
            if (wanted.stream().noneMatch(kept -> sameSource(kept, named))) {
                wanted.add(new UserLayerSource(null, named.toString(), named.file().toString(), null, null, named.table()));
            }
        }
        // The user's layers (a county's parcels can take seconds) are read while the plan's own layers are built.
        ExecutorService userLayerThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "user-layers");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<List<Reading>> readings;
        try {
            readings = CompletableFuture.supplyAsync(() -> wanted.stream().map(source -> read(source, messages)).toList(),
                    userLayerThread);
        } finally {
            userLayerThread.shutdown();
        }

        List<String> problems = new ArrayList<>();
        List<FailedInput> failed = new ArrayList<>();
        RegisterReader.Loaded register = new RegisterReader().read(paths.data());
        problems.addAll(register.problems());
        if (!register.problems().isEmpty()) {
            failed.add(new FailedInput(FailedInput.Kind.DATA, paths.data().toString()));
        }
        StyleBook styles = new StyleBook(Map.of());
        try {
            styles = new StyleReader().read(paths.styles());
        } catch (InputProblem e) {
            problems.add(e.getMessage());
        }
        Boundaries boundaries = new BoundaryLoader().load(paths.boundaries(), defaultCredits(paths, problems));
        if (boundaries.townships().size() == 0 || boundaries.counties().size() == 0) {
            failed.add(new FailedInput(FailedInput.Kind.BOUNDARIES, paths.boundaries().toString()));
        }
        AtlasMap map = new PlanMapBuilder(register.register(), boundaries, styles).build();
        problems.addAll(projectProblems);
        boolean projectFailed = !projectProblems.isEmpty();
        List<UserLayerSource> sources = new ArrayList<>();
        // A kept layer whose file cannot be read now (moved, a drive not mounted) stays in the project, so that the
        // next save does not forget it; its id stays taken.
        List<UserLayerSource> unavailable = new ArrayList<>();
        List<MapLayer> userLayers = new ArrayList<>();
        List<String> takenIds = new ArrayList<>(wanted.stream().map(UserLayerSource::layerId)
                .filter(java.util.Objects::nonNull).toList());
        for (Reading reading : readings.join()) {
            UserLayerSource wantedSource = reading.wanted();
            LayerFormats.Source source = reading.source();
            boolean fromCommandLine = wantedSource.layerId() == null;
            if (reading.problem() != null) {
                problems.add(reading.problem());
                if (fromCommandLine && !reading.badEncoding()) {
                    failed.add(new FailedInput(FailedInput.Kind.LAYER, source.toString()));
                } else if (!fromCommandLine) {
                    unavailable.add(wantedSource);
                }
                continue;
            }
            int before = userLayers.size();
            for (ReadResult result : reading.results()) {
                problems.addAll(result.problems());
                String id = null;
                String title = source.file().getFileName() + (result.table().isEmpty() ? "" : "#" + result.table());
                if (!result.isEmpty()) {
                    // A kept layer comes back under its saved id; new ones take the next free id.
                    id = !fromCommandLine && reading.results().size() == 1 ? wantedSource.layerId() : UserLayers.nextId(takenIds);
                    takenIds.add(id);
                    userLayers.add(UserLayers.layer(id, title, result.features(), userLayers.size()));
                }
                sources.add(new UserLayerSource(id, title, source.file().toAbsolutePath().toString(),
                        result.sourceCrs(), wantedSource.encoding(), result.table().isEmpty() ? null : result.table()));
            }
            if (userLayers.size() == before && fromCommandLine) {
                failed.add(new FailedInput(FailedInput.Kind.LAYER, source.toString()));
            }
        }
        if (!userLayers.isEmpty()) {
            map = map.withGroup(userLayers, userGroup(userLayers.stream().map(MapLayer::id).toList()));
        }
        if (projectFailed) {
            failed.add(new FailedInput(FailedInput.Kind.PROJECT, paths.project().toString()));
        }
        MapProject project = (saved != null ? saved : readTemplate(paths, problems)
                .orElse(new MapProject("", map.defaultStates(), null))).withUserLayers(java.util.stream.Stream.concat(
                sources.stream().filter(source -> source.layerId() != null), unavailable.stream()).toList());
        return new Loaded(map, project.reconciledWith(map.defaultStates()), problems, register.register(), styles, sources,
                failed);
    }

    private static boolean sameSource(UserLayerSource kept, LayerFormats.Source named) {
        String keptTable = kept.table() == null || kept.table().isEmpty() ? null : kept.table();
        String namedTable = named.table() == null || named.table().isEmpty() ? null : named.table();
        return java.util.Objects.equals(keptTable, namedTable) && Path.of(kept.path()).toAbsolutePath().normalize()
                .equals(named.file().toAbsolutePath().normalize());
    }

    /** One user layer file as read: its layers, or the problem that kept it from loading. */
    private record Reading(UserLayerSource wanted, LayerFormats.Source source, List<ReadResult> results, String problem,
                           boolean badEncoding) {
    }

    private static Reading read(UserLayerSource wanted, Messages messages) {
        LayerFormats.Source source = new LayerFormats.Source(Path.of(wanted.path()),
                wanted.table() == null || wanted.table().isEmpty() ? null : wanted.table());
        try {
            ReadOptions options = ReadOptions.defaults(messages.english() ? "en" : "zh").withProgress(fraction -> { });
            if (wanted.encoding() != null) {
                options = options.withEncoding(Charset.forName(wanted.encoding()));
            }
            return new Reading(wanted, source, new LayerFormats().read(source, options), null, false);
        } catch (InputProblem e) {
            return new Reading(wanted, source, List.of(), e.getMessage(), false);
        } catch (IllegalArgumentException e) {
            return new Reading(wanted, source, List.of(),
                    messages.get("reader.unknownEncoding", source.toString(), wanted.encoding()), true);
        }
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
