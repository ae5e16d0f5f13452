package cn.yangquan.atlas.model.style;

import java.awt.Color;

/**
 * How a layer is drawn. Any colour may be null to draw no fill, outline or hatch. Sizes are in pixels at 96 dpi;
 * exports scale them with the output resolution.
 *
 * @param fill        area fill colour (with alpha)
 * @param stroke      outline or line colour
 * @param strokeWidth outline width
 * @param dash        outline pattern
 * @param hatch       hatch pattern drawn over the fill
 * @param hatchColor  colour of the hatch lines
 * @param hatchSpacing distance between hatch lines
 * @param symbol      point marker (industries, sites, seats)
 * @param symbolColor marker fill colour
 * @param symbolSize  marker diameter
 * @param casing      colour of a wider line drawn under the main stroke (railways), or null
 */
public record LayerStyle(Color fill, Color stroke, float strokeWidth, Dash dash, Hatch hatch, Color hatchColor,
                         float hatchSpacing, Symbol symbol, Color symbolColor, float symbolSize, Color casing) {

    public static final LayerStyle DEFAULT = new LayerStyle(new Color(0xCC, 0xCC, 0xCC, 90), new Color(0x55, 0x55, 0x55),
            1f, Dash.SOLID, Hatch.NONE, null, 8f, Symbol.CIRCLE, new Color(0x33, 0x66, 0x99), 8f, null);

    public LayerStyle {
        dash = dash == null ? Dash.SOLID : dash;
        hatch = hatch == null ? Hatch.NONE : hatch;
        symbol = symbol == null ? Symbol.NONE : symbol;
        if (!(strokeWidth >= 0) || !(hatchSpacing > 0) || !(symbolSize >= 0)) {
            throw new IllegalArgumentException("style sizes must be positive numbers");
        }
    }

    public boolean hasHatch() {
        return hatch != Hatch.NONE && hatchColor != null;
    }
}
