package cn.yangquan.atlas.model.evaluation;

import java.util.Locale;

/** Which way a figure should move: up to at least its target, or down to at most it ("at_least", "at_most"). */
public enum Direction {
    AT_LEAST, AT_MOST;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
