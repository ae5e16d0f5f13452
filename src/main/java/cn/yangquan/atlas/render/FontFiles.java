package cn.yangquan.atlas.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds the font file behind an installed family, so that a PDF can embed exactly the font the map was measured
 * with. Known file names are tried first (fast on Windows, whose font folder is large); then every TrueType file in
 * the usual folders. The system property {@code yq.font.file} overrides the search.
 */
public final class FontFiles {
    private static final Map<String, List<String>> KNOWN = Map.of(
            "microsoft yahei", List.of("msyh.ttc", "msyh.ttf"),
            "simhei", List.of("simhei.ttf"),
            "wenquanyi micro hei", List.of("wqy-microhei.ttc"),
            "noto sans cjk sc", List.of("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"),
            "noto sans sc", List.of("NotoSansSC-Regular.ttf", "NotoSansSC_400Regular.ttf"));
    private static final Map<String, Optional<Location>> CACHE = new ConcurrentHashMap<>();

    /** A font file and, for a collection (.ttc), the index of the face inside it. */
    public record Location(Path file, int index) {
        /** The name OpenPDF expects: the path, with ",index" for a collection. */
        public String pdfName() {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + index : file.toString();
        }
    }

    private FontFiles() {
    }

    /** Remembers the file of a font loaded from it (not installed, so no search would find it). */
    static void remember(Font font, Location location) {
        CACHE.put(font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT), Optional.of(location));
    }

    public static Optional<Location> locate(Font font) {
        String override = System.getProperty("yq.font.file");
        if (override != null && !override.isBlank()) {
            return Optional.of(new Location(Path.of(override), 0));
        }
        return CACHE.computeIfAbsent(font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT), FontFiles::search);
    }

    private static Optional<Location> search(String family) {
        List<Path> directories = directories();
        for (String name : KNOWN.getOrDefault(family, List.of())) {
            for (Path directory : directories) {
                try (Stream<Path> files = Files.walk(directory, 4)) {
                    Optional<Path> hit = files.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst();
                    if (hit.isPresent()) {
                        Optional<Location> location = faceIn(hit.get(), family);
                        if (location.isPresent()) {
                            return location;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // An unreadable folder is not an error: keep looking elsewhere.
                }
            }
        }
        for (Path directory : directories) {
            try (Stream<Path> files = Files.walk(directory, 4)) {
                for (Path file : files.filter(FontFiles::isTrueType).toList()) {
                    Optional<Location> location = faceIn(file, family);
                    if (location.isPresent()) {
                        return location;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // As above: skip folders that cannot be listed.
            }
        }
        return Optional.empty();
    }

    private static Optional<Location> faceIn(Path file, String family) {
        try {
            Font[] faces = Font.createFonts(file.toFile());
            for (int i = 0; i < faces.length; i++) {
                if (faces[i].getFamily(Locale.ROOT).equalsIgnoreCase(family)) {
                    return Optional.of(new Location(file, i));
                }
            }
        } catch (FontFormatException | IOException e) {
            // Not a font Java can read; OpenPDF could not embed it either.
        }
        return Optional.empty();
    }

    private static boolean isTrueType(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc");
    }

    private static List<Path> directories() {
        List<Path> directories = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String windows = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
        for (String candidate : List.of(windows + "\\Fonts", "/usr/share/fonts", "/usr/local/share/fonts",
                home + "/.fonts", home + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts")) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path)) {
                directories.add(path);
            }
        }
        return directories;
    }
}
