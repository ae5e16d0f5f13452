package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an installed atlas reads and writes: its own folder for what it ships, the user's folder for the project. */
class AtlasPathsTest {
    @TempDir
    Path temp;

    @AfterEach
    void forgetInstallFolder() {
        System.clearProperty(AtlasPaths.HOME_PROPERTY);
    }

    @Test
    void theUsersFolderFollowsXdgAppDataAndMacConventions() {
        Path home = Path.of("/home/planner");
        assertThat(AtlasPaths.userConfigDirectory("Linux", Map.of(), home)).isEqualTo(Path.of("/home/planner/.config/yq-atlas"));
        assertThat(AtlasPaths.userConfigDirectory("Linux", Map.of("XDG_CONFIG_HOME", "/srv/conf"), home))
                .isEqualTo(Path.of("/srv/conf/yq-atlas"));
        // The XDG specification ignores relative paths.
        assertThat(AtlasPaths.userConfigDirectory("Linux", Map.of("XDG_CONFIG_HOME", "conf"), home))
                .isEqualTo(Path.of("/home/planner/.config/yq-atlas"));
        assertThat(AtlasPaths.userConfigDirectory("Windows 11", Map.of("APPDATA", "/users/planner/AppData/Roaming"), home))
                .isEqualTo(Path.of("/users/planner/AppData/Roaming/yq-atlas"));
        assertThat(AtlasPaths.userConfigDirectory("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/planner/Library/Application Support/yq-atlas"));
    }

    @Test
    void inACheckoutEverythingIsRelativeToTheWorkingDirectory() {
        AtlasPaths paths = AtlasPaths.resolve(null, null, null, null);
        Path here = Path.of("").toAbsolutePath();
        assertThat(paths.data()).isEqualTo(here.resolve("data"));
        assertThat(paths.project()).isEqualTo(here.resolve("maps").resolve("project.json"));
        assertThat(AtlasPaths.boundaryCandidates()).containsExactly(here.resolve("maps").resolve("boundaries"),
                here.getParent().resolve("shared").resolve("maps"));
    }

    @Test
    void installedTheAtlasReadsItsOwnFolderAndKeepsTheProjectInTheUsersFolder() throws Exception {
        Path install = temp.resolve("opt").resolve("app");
        System.setProperty(AtlasPaths.HOME_PROPERTY, install.toString());
        AtlasPaths paths = AtlasPaths.resolve(null, null, null, null);
        assertThat(paths.data()).isEqualTo(install.resolve("data"));
        assertThat(paths.maps()).isEqualTo(install.resolve("maps"));
        assertThat(paths.planText()).isEqualTo(install.resolve("plan"));
        assertThat(paths.project()).isEqualTo(AtlasPaths.userConfigDirectory().resolve("project.json"));
        assertThat(paths.project().startsWith(install)).isFalse();
        // The user's own boundaries win once they exist; until then the shipped set is used.
        assertThat(paths.boundaries()).isEqualTo(install.resolve("maps").resolve("boundaries"));
        assertThat(AtlasPaths.boundaryCandidates()).containsExactly(
                AtlasPaths.userConfigDirectory().resolve("boundaries"), install.resolve("maps").resolve("boundaries"));
        Path given = temp.resolve("given");
        assertThat(AtlasPaths.resolve(given, null, null, null).boundaries()).isEqualTo(given);
    }

    @Test
    void untilTheUserSavesAProjectTheShippedOneIsUsed() throws Exception {
        Path template = temp.resolve("maps").resolve("project.json");
        Files.createDirectories(template.getParent());
        Files.copy(Path.of("maps", "project.json"), template);
        for (String name : new String[] {"styles.json", "credits.txt"}) {
            Files.copy(Path.of("maps", name), template.resolveSibling(name));
        }
        Path userProject = temp.resolve("config").resolve("yq-atlas").resolve("project.json");
        AtlasPaths paths = new AtlasPaths(TestData.BOUNDARIES, TestData.DATA, template.getParent(), userProject, TestData.PLAN);
        String shippedTitle = new ProjectStore().read(template).title();
        assertThat(shippedTitle).isNotBlank();
        assertThat(new AtlasLoader().load(paths).project().title()).isEqualTo(shippedTitle);

        var loaded = new AtlasLoader().load(paths).project();
        new ProjectStore().write(userProject, new cn.yangquan.atlas.model.MapProject("我的规划图", loaded.layers(), loaded.extent()));
        assertThat(userProject).exists();
        assertThat(new AtlasLoader().load(paths).project().title()).isEqualTo("我的规划图");
        assertThat(new ProjectStore().read(template).title()).isEqualTo(shippedTitle);
    }
}
