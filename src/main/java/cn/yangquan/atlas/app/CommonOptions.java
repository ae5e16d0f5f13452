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

    @Option(names = "--layer", paramLabel = "PATH",
            description = "Add a layer from a GeoJSON, Shapefile or GeoPackage file (any CRS); repeatable.")
    java.util.List<Path> layers = new java.util.ArrayList<>();

    String language = "zh";

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

    /** Loads the atlas with the layers given on the command line. */
    AtlasLoader.Loaded load() {
        return new AtlasLoader().load(paths(), layers);
    }
}
