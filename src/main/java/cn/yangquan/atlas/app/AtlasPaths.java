package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.BoundaryLoader;
import cn.yangquan.atlas.io.PlanTextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the atlas reads from: the boundary directory, the register ({@code data/}), the map definitions
 * ({@code maps/}: styles, credits, default project), the project file to restore and save, and the plan text.
 * <p>
 * Run from a checkout, everything is relative to the working directory. Installed, the launcher sets the system
 * property {@value #HOME_PROPERTY} to the folder holding {@code data/}, {@code maps/}, {@code maps/boundaries/} and
 * {@code plan/}, so the atlas runs from any working directory; the user's project and own boundaries then live in the
 * user's configuration folder ({@link #userConfigDirectory()}), never in the install folder.
 */
public record AtlasPaths(Path boundaries, Path data, Path maps, Path project, Path planText) {
    /** System property naming the install folder; set by the installed launcher, absent in a checkout. */
    public static final String HOME_PROPERTY = "yq.home";
    /** The folder name of the atlas inside the user's configuration folder. */
    public static final String CONFIG_FOLDER = "yq-atlas";

    /** The defaults, each replaced by the given path where one is given. */
    public static AtlasPaths resolve(Path boundaries, Path data, Path project, Path planText) {
        Path home = installFolder();
        if (home == null) {
            Path here = Path.of("").toAbsolutePath();
            Path maps = here.resolve("maps");
            return new AtlasPaths(
                    boundaries != null ? boundaries : BoundaryLoader.defaultDirectory(here),
                    data != null ? data : here.resolve("data"),
                    maps,
                    project != null ? project : maps.resolve("project.json"),
                    planText != null ? planText : PlanTextReader.defaultLocation(here));
        }
        Path maps = home.resolve("maps");
        Path ownBoundaries = userConfigDirectory().resolve("boundaries");
        return new AtlasPaths(
                boundaries != null ? boundaries
                        : Files.isDirectory(ownBoundaries) ? ownBoundaries : maps.resolve("boundaries"),
                data != null ? data : home.resolve("data"),
                maps,
                project != null ? project : userConfigDirectory().resolve("project.json"),
                planText != null ? planText : home.resolve("plan"));
    }

    /** Where the boundary data is looked for when no {@code --boundaries} is given, in the order tried. */
    public static List<Path> boundaryCandidates() {
        Path home = installFolder();
        if (home == null) {
            Path here = Path.of("").toAbsolutePath();
            return List.of(here.resolve("maps").resolve("boundaries"), here.resolve("..").resolve("shared").resolve("maps").normalize());
        }
        return List.of(userConfigDirectory().resolve("boundaries"), home.resolve("maps").resolve("boundaries"));
    }

    /** The install folder named by {@value #HOME_PROPERTY}, or null when running from a checkout. */
    static Path installFolder() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? null : Path.of(home).toAbsolutePath().normalize();
    }

    /**
     * The user's folder for the atlas: {@code %APPDATA%\yq-atlas} on Windows, {@code ~/Library/Application Support/yq-atlas}
     * on macOS, else {@code $XDG_CONFIG_HOME/yq-atlas}, or {@code ~/.config/yq-atlas} when that is unset or relative
     * (as the XDG Base Directory specification says).
     */
    public static Path userConfigDirectory() {
        return userConfigDirectory(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path userConfigDirectory(String osName, Map<String, String> environment, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve(CONFIG_FOLDER);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(CONFIG_FOLDER);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
        return base.resolve(CONFIG_FOLDER);
    }

    public Path styles() {
        return maps.resolve("styles.json");
    }

    public Path defaultCredits() {
        return maps.resolve("credits.txt");
    }

    /** The shipped project ({@code maps/project.json}: title, order), used until the user's project file exists. */
    public Path projectTemplate() {
        return maps.resolve("project.json");
    }
}
