package cn.yangquan.atlas.robustness;

import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.SavedView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Saves a project file in a loop, alternating a small version "A" and a big version "B" (about 1 MB), until it is
 * killed; prints "ready" after its first save. Run by {@link SaveKillTest} in a separate JVM:
 * {@code java -cp <test classpath> cn.yangquan.atlas.robustness.SaveLoop FILE}.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static MapProject version(String title) {
        List<LayerState> layers = new ArrayList<>();
        List<SavedView> views = new ArrayList<>();
        Envelope extent = new Envelope(500_000, 600_000, 4_150_000, 4_270_000);
        int count = title.equals("A") ? 2 : 3000;
        for (int i = 0; i < count; i++) {
            layers.add(new LayerState("layer-" + i, i % 2 == 0, (i % 10) / 10.0));
        }
        for (int i = 0; i < (title.equals("A") ? 1 : 300); i++) {
            views.add(new SavedView("view-" + i, title + " view " + i, "说明 " + "文字".repeat(20), extent,
                    layers.subList(0, Math.min(layers.size(), 10)), "140311200"));
        }
        return new MapProject(title, layers, extent, views);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ProjectStore store = new ProjectStore();
        MapProject a = version("A");
        MapProject b = version("B");
        store.write(file, b);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.write(file, i % 2 == 0 ? a : b);
        }
    }
}
