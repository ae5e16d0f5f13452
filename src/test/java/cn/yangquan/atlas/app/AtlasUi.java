package cn.yangquan.atlas.app;

import java.util.function.Supplier;
import org.testfx.api.FxToolkit;

/** Starting and closing the real window for TestFX tests, one way for all of them (headless on Monocle). */
final class AtlasUi {
    private AtlasUi() {
    }

    /** Starts the application on the primary stage; callers then wait on the state they need. */
    static AtlasApplication launch(Supplier<AtlasApplication> application) throws Exception {
        FxToolkit.registerPrimaryStage();
        return (AtlasApplication) FxToolkit.setupApplication(application::get);
    }

    /** Closes the application and every stage it left open. */
    static void close(AtlasApplication app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
