package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.model.AtlasMap;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Options every command shares: where the data lives and the language. */
public final class CommonOptions {
    @Option(names = "--boundaries", paramLabel = "DIR",
            description = "Boundary directory (default: maps/boundaries/ if present, else ../shared/maps/).")
    Path boundaries;

    @Option(names = "--data", paramLabel = "DIR", description = "Plan register directory (default: data/).")
    Path data;

    @Option(names = "--project", paramLabel = "FILE", description = "Map project file (default: maps/project.json).")
    Path project;

    @Option(names = "--plan", paramLabel = "PATH", description = "Plan text file or its directory (default: ../shared/seed/).")
    Path plan;

    @Option(names = "--layer", paramLabel = "PATH[#table]",
            description = "Add a layer from a GeoJSON, Shapefile or GeoPackage file (any CRS; every table of a"
                    + " GeoPackage, or PATH#table for one); repeatable.")
    java.util.List<Path> layers = new java.util.ArrayList<>();

    @Option(names = "--keep-going",
            description = "Warn and go on when a file named with --layer, --boundaries, --data or --project does not"
                    + " load fully (otherwise the command stops with exit status 1).")
    boolean keepGoing;

    String language = "zh";

    @Option(names = "--font", paramLabel = "FILE", defaultValue = "${env:YQ_ATLAS_FONT}",
            description = "Font file (TTF, OTF or TTC) for map and interface text, instead of an installed CJK font"
                    + " (default: the environment variable YQ_ATLAS_FONT).")
    Path font;

    {
        // Each command line starts in the default language; --lang below changes it.
        cn.yangquan.atlas.i18n.Messages.setReportLanguage(language);
    }

    /** Also the language in which the readers word their problems. */
    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the interface and map text (default: zh).")
    void language(String value) {
        language = value;
        cn.yangquan.atlas.i18n.Messages.setReportLanguage(value);
    }

    AtlasPaths paths() {
        return AtlasPaths.resolve(boundaries, data, project, plan);
    }

    /**
     * Loads the atlas with the layers given on the command line.
     *
     * @throws CommandFailure when there is no boundary data to draw the townships on
     */
    AtlasLoader.Loaded load() {
        AtlasPaths paths = paths();
        requireBoundaries(paths, boundaries, messages());
        return new AtlasLoader().load(paths, layers, messages());
    }

    /**
     * The checked font for the given map's text.
     *
     * @throws CommandFailure when the font lacks characters the map draws (rather than drawing boxes), or when the
     *                        {@code --font} file cannot be read
     */
    java.awt.Font checkedFont(AtlasMap map, FontSetup.Target target) {
        FontSetup.Checked checked = FontSetup.choose(font, map, messages(), target);
        if (!checked.ok()) {
            throw new CommandFailure(checked.problem());
        }
        return checked.font();
    }

    /** Fails in one line when nothing of the boundary data could be read, so there is no extent to draw. */
    void requireExtent(AtlasMap map) {
        if (map.extent().isNull()) {
            throw new CommandFailure(messages().get("install.boundaries.unreadable", paths().boundaries()));
        }
    }

    Messages messages() {
        return Messages.forLanguage(language);
    }

    /**
     * Fails in one line, naming where the boundary data was looked for and how to point at it, when the boundary
     * directory holds no townships file: the map commands have no map without it.
     *
     * @param given the directory given with {@code --boundaries}, or null when the defaults were used
     */
    static void requireBoundaries(AtlasPaths paths, Path given, Messages messages) {
        if (BoundaryLoader.townshipsFile(paths.boundaries()).isPresent()) {
            return;
        }
        List<Path> lookedIn = given != null ? List.of(paths.boundaries()) : AtlasPaths.boundaryCandidates();
        throw new CommandFailure(messages.get("install.boundaries.missing",
                lookedIn.stream().map(Path::toString).collect(Collectors.joining(", ")), lookedIn.get(0)));
    }

    /** The inputs that did not load fully among those named on the command line (defaults that are absent are not). */
    java.util.List<String> failedNamedInputs(AtlasLoader.Loaded loaded) {
        return loaded.failedInputs().stream().filter(failed -> switch (failed.kind()) {
            case LAYER -> true;
            case BOUNDARIES -> boundaries != null;
            case DATA -> data != null;
            case PROJECT -> project != null;
        }).map(AtlasLoader.FailedInput::input).toList();
    }
}
