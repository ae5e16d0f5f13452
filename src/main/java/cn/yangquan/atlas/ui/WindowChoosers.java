package cn.yangquan.atlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's file and folder choosers; they only ask for a path, the app reads and writes in the background. */
final class WindowChoosers {
    private WindowChoosers() {
    }

    static Optional<Path> directory(Window owner) {
        return Optional.ofNullable(new DirectoryChooser().showDialog(owner)).map(File::toPath);
    }

    /** A file to add as a layer: GeoJSON, Shapefile or GeoPackage. */
    static Optional<Path> layerFile(Window owner, String formats, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(formats, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Where to export the map as a page (PNG, PDF or SVG), proposing the given file name. */
    static Optional<Path> exportFile(Window owner, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"), new FileChooser.ExtensionFilter("SVG", "*.svg"));
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
