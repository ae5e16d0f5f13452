package cn.yangquan.atlas.app;

import java.nio.file.Path;
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

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the interface and map text (default: zh).")
    String language = "zh";

    AtlasPaths paths() {
        return AtlasPaths.resolve(boundaries, data, project, plan);
    }

    /** Loads the atlas with the layers given on the command line. */
    AtlasLoader.Loaded load() {
        return new AtlasLoader().load(paths(), layers, messages());
    }

    cn.yangquan.atlas.i18n.Messages messages() {
        return cn.yangquan.atlas.i18n.Messages.forLanguage(language);
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
