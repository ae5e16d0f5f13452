package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class ProjectStoreTest {
    @TempDir
    Path temp;

    private final ProjectStore store = new ProjectStore();

    @Test
    void aProjectRoundTripsAndThePreviousVersionIsKept() throws Exception {
        Path file = temp.resolve("project.json");
        MapProject first = new MapProject("甲", List.of(new LayerState("a", true, 1)), null);
        MapProject second = new MapProject("乙", List.of(new LayerState("b", false, 0.25), new LayerState("a", true, 0.5)),
                new Envelope(400_000, 450_000, 4_150_000, 4_200_000));
        store.write(file, first);
        store.write(file, second);
        assertThat(store.read(file)).isEqualTo(second);
        assertThat(store.read(AtomicFiles.backupOf(file))).isEqualTo(first);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("project.json", "project.json.bak");
        }
    }

    @Test
    void savedViewsRoundTripInOrder() throws Exception {
        Path file = temp.resolve("project.json");
        var views = List.of(
                new cn.yangquan.atlas.model.SavedView("user-1", "会议一", "说明", new Envelope(1, 2, 3, 4),
                        List.of(new LayerState("a", false, 0.5)), "140311200"),
                new cn.yangquan.atlas.model.SavedView("city", "全市", "", null, List.of(), null));
        MapProject project = new MapProject("t", List.of(new LayerState("a", true, 1)), null, views);
        store.write(file, project);
        assertThat(store.read(file)).isEqualTo(project);
        assertThat(store.read(file).views()).extracting(v -> v.id()).containsExactly("user-1", "city");
    }

    @Test
    void aProjectWithoutViewsKeepsThePresets() throws Exception {
        Path file = temp.resolve("project.json");
        store.write(file, new MapProject("t", List.of(), null));
        assertThat(store.read(file).views()).isNull();
    }

    @Test
    void badValuesAreReportedWithTheirPath() throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, "{\"layers\":[{\"id\":\"a\",\"opacity\":3}]}");
        assertThatThrownBy(() -> store.read(file)).hasMessageContaining("bad.json").hasMessageContaining("$.layers[0].opacity");
        Files.writeString(file, "{\"extent\":[1,2,3]}");
        assertThatThrownBy(() -> store.read(file)).hasMessageContaining("$.extent");
        Files.writeString(file, "{\"views\":[{\"id\":\"a\"},{\"id\":\"a\"}]}");
        assertThatThrownBy(() -> store.read(file)).hasMessageContaining("$.views[1].id").hasMessageContaining("duplicate");
    }
}
