import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks a rendered map: {@code java CheckPng.java FILE WIDTH HEIGHT} exits 0 when FILE is a PNG of that size with
 * more than a handful of colours (a blank or single-colour image fails), else 1 with the reason.
 */
public final class CheckPng {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        BufferedImage image = ImageIO.read(file);
        if (image == null) {
            fail(file + ": not a readable image");
        }
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        if (image.getWidth() != width || image.getHeight() != height) {
            fail(file + ": " + image.getWidth() + "x" + image.getHeight() + ", expected " + width + "x" + height);
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        if (colours.size() < 16) {
            fail(file + ": only " + colours.size() + " colours: not a map");
        }
        System.out.println(file + ": " + width + "x" + height + " PNG, " + colours.size() + " colours, " + file.length() + " bytes");
    }

    private static void fail(String reason) {
        System.err.println("CheckPng: " + reason);
        System.exit(1);
    }
}
