package cn.yangquan.atlas.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The export formats, chosen by file extension. */
public enum ExportFormat {
    PNG, PDF, SVG;

    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
