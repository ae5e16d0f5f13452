package cn.yangquan.atlas.model.thematic;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequential colour ramps that stay ordered in greyscale print and for colour-blind viewers: viridis and cividis
 * (designed for colour-vision deficiency), and ColorBrewer's YlGnBu and OrRd (rated print- and colour-blind-safe).
 */
public enum ColorRamp {
    VIRIDIS("#440154", "#3B528B", "#21908C", "#5DC963", "#FDE725"),
    CIVIDIS("#00204D", "#414D6B", "#7C7B78", "#BCAF6F", "#FFEA46"),
    YL_GN_BU("#FFFFCC", "#A1DAB4", "#41B6C4", "#2C7FB8", "#253494"),
    OR_RD("#FEF0D9", "#FDCC8A", "#FC8D59", "#E34A33", "#B30000");

    private final List<Color> stops = new ArrayList<>();

    ColorRamp(String... hexStops) {
        for (String hex : hexStops) {
            stops.add(Color.decode(hex));
        }
    }

    /** {@code count} colours evenly spaced along the ramp, light to dark for the ColorBrewer ramps. */
    public List<Color> colors(int count) {
        List<Color> colors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0.5 : i / (double) (count - 1);
            colors.add(at(t));
        }
        return colors;
    }

    private Color at(double t) {
        double position = t * (stops.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(stops.size() - 1, lower + 1);
        double f = position - lower;
        Color a = stops.get(lower);
        Color b = stops.get(upper);
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }
}
