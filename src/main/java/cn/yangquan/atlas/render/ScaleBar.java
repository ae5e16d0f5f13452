package cn.yangquan.atlas.render;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten metres) that fits in the given pixel width.
 *
 * @param metres the ground length the bar stands for
 * @param pixels the bar's length on the output at the given resolution
 */
public record ScaleBar(double metres, double pixels) {

    public static ScaleBar fitting(double metresPerPixel, double maxPixels) {
        double maxMetres = maxPixels * metresPerPixel;
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double metres = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxMetres) {
                metres = step * power;
                break;
            }
        }
        return new ScaleBar(metres, metres / metresPerPixel);
    }

    /** "5 km", "500 m". */
    public String label() {
        if (metres >= 1000) {
            double km = metres / 1000;
            return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
        }
        return (metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres)) + " m";
    }
}
