import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the atlas's application icon, a 256 x 256 PNG with transparent corners: terraced fields under the three plan
 * circles, with a map pin. Run at package time ({@code java DrawIcon.java OUT.png}), so that no image is committed.
 */
public final class DrawIcon {
    private static final int SIZE = 256;

    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 88, 88);
        g.setColor(new Color(0x2e7d32));
        g.fill(tile);
        g.clip(tile);
        terrace(g, 168, new Color(0x9ccc65));
        terrace(g, 196, new Color(0xf9a825));
        terrace(g, 224, new Color(0xc77800));
        g.setStroke(new BasicStroke(8));
        ring(g, 96, 96, 52, new Color(0xe8f5e9));
        ring(g, 150, 88, 40, new Color(0xa5d6a7));
        ring(g, 132, 130, 34, new Color(0xfff59d));
        GeneralPath pin = new GeneralPath();
        pin.moveTo(128, 52);
        pin.curveTo(106, 52, 92, 68, 92, 88);
        pin.curveTo(92, 114, 128, 150, 128, 150);
        pin.curveTo(128, 150, 164, 114, 164, 88);
        pin.curveTo(164, 68, 150, 52, 128, 52);
        pin.closePath();
        g.setColor(new Color(0xc62828));
        g.fill(pin);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.draw(pin);
        g.fill(new Ellipse2D.Double(115, 75, 26, 26));
        g.dispose();
        File out = new File(args[0]);
        out.getAbsoluteFile().getParentFile().mkdirs();
        if (!ImageIO.write(image, "png", out)) {
            throw new IllegalStateException("no PNG writer");
        }
    }

    /** A field band whose upper edge waves across the tile at about height {@code top}, filled to the bottom. */
    private static void terrace(Graphics2D g, double top, Color colour) {
        GeneralPath band = new GeneralPath();
        band.moveTo(0, top);
        band.quadTo(64, top - 28, 128, top - 12);
        band.quadTo(192, top + 4, 256, top - 24);
        band.lineTo(256, 256);
        band.lineTo(0, 256);
        band.closePath();
        g.setColor(colour);
        g.fill(band);
    }

    private static void ring(Graphics2D g, double x, double y, double radius, Color colour) {
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 230));
        g.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }
}
