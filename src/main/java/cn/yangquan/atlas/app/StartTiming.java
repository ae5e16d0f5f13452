package cn.yangquan.atlas.app;

import java.lang.management.ManagementFactory;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableIntegerValue;

/** The window's start-up times on stderr, in ms after process start: the numbers the start-up benchmark reads. */
final class StartTiming {
    private StartTiming() {
    }

    /** With {@code -Dyq.atlas.timing=true}, prints when a step of start-up ended. */
    static void step(String step) {
        if (Boolean.getBoolean("yq.atlas.timing")) {
            System.err.println(step + " " + sinceStart() + " ms after process start");
        }
    }

    /** Prints once, when the map's first repaint is complete, how long after process start that was. */
    static void reportFirstMap(ObservableIntegerValue completedRenders) {
        completedRenders.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                completedRenders.removeListener(this);
                System.err.println("first map rendered " + sinceStart() + " ms after process start");
            }
        });
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
