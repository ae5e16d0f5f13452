package cn.yangquan.atlas.model.style;

/** Outline dash patterns, in multiples of the stroke width. */
public enum Dash {
    SOLID(null), DASHED(new float[] {6, 4}), DOTTED(new float[] {1.5f, 3}), DASH_DOT(new float[] {8, 3, 1.5f, 3}),
    RAILWAY(new float[] {8, 8});

    private final float[] pattern;

    Dash(float[] pattern) {
        this.pattern = pattern;
    }

    /** The dash array scaled to the stroke width, or null for a solid line. */
    public float[] pattern(float width) {
        if (pattern == null) {
            return null;
        }
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = pattern[i] * Math.max(1f, width);
        }
        return scaled;
    }
}
