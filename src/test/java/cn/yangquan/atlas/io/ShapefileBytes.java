package cn.yangquan.atlas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Writes small shapefiles byte by byte, for the shapes and faults GDAL will not produce; and patches files. */
public final class ShapefileBytes {
    /** A record: shape type, parts as flat x,y arrays, and extra content bytes (Z and M values). */
    public record Shape(int type, double[][] parts, int extraBytes) {
    }

    record Field(String name, char type, int width, int decimals) {
    }

    private ShapefileBytes() {
    }

    static Shape nullShape() {
        return new Shape(0, new double[0][], 0);
    }

    static Shape point(double x, double y) {
        return new Shape(1, new double[][] {{x, y}}, 0);
    }

    /** PointZ: x, y, then z and m, which the reader must ignore. */
    static Shape pointZ(double x, double y) {
        return new Shape(11, new double[][] {{x, y}}, 16);
    }

    static Shape multiPoint(double... xy) {
        return new Shape(8, new double[][] {xy}, 0);
    }

    static Shape polyline(double[]... parts) {
        return new Shape(3, parts, 0);
    }

    static Shape polygon(double[]... rings) {
        return new Shape(5, rings, 0);
    }

    /** Writes {@code <stem>.shp} and {@code <stem>.shx} into the directory. */
    static void writeShp(Path directory, String stem, int headerType, List<Shape> shapes) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (Shape shape : shapes) {
            contents.add(content(shape));
        }
        int shpLength = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        ByteBuffer shp = header(shpLength, headerType);
        ByteBuffer shx = header(100 + 8 * contents.size(), headerType);
        int offset = 100;
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(content.length / 2).put(content);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        Files.write(directory.resolve(stem + ".shp"), shp.array());
        Files.write(directory.resolve(stem + ".shx"), shx.array());
    }

    /** A dBASE III table: values as text (UTF-8), C left-aligned and other types right-aligned; deleted rows by index. */
    static byte[] dbf(List<Field> fields, List<String[]> rows, Set<Integer> deleted) {
        int recordLength = 1 + fields.stream().mapToInt(Field::width).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer dbf = ByteBuffer.allocate(headerLength + rows.size() * recordLength + 1).order(ByteOrder.LITTLE_ENDIAN);
        dbf.put((byte) 0x03).put((byte) 124).put((byte) 1).put((byte) 1);
        dbf.putInt(rows.size()).putShort((short) headerLength).putShort((short) recordLength);
        dbf.position(32);
        for (Field field : fields) {
            byte[] name = new byte[11];
            byte[] raw = field.name().getBytes(StandardCharsets.UTF_8);
            System.arraycopy(raw, 0, name, 0, raw.length);
            dbf.put(name).put((byte) field.type()).putInt(0).put((byte) field.width()).put((byte) field.decimals());
            dbf.put(new byte[14]);
        }
        dbf.put((byte) 0x0D);
        for (int r = 0; r < rows.size(); r++) {
            dbf.put((byte) (deleted.contains(r) ? '*' : ' '));
            for (int f = 0; f < fields.size(); f++) {
                Field field = fields.get(f);
                byte[] value = rows.get(r)[f].getBytes(StandardCharsets.UTF_8);
                byte[] cell = new byte[field.width()];
                Arrays.fill(cell, (byte) ' ');
                int start = field.type() == 'C' ? 0 : field.width() - value.length;
                System.arraycopy(value, 0, cell, start, value.length);
                dbf.put(cell);
            }
        }
        dbf.put((byte) 0x1A);
        return dbf.array();
    }

    /** Overwrites four bytes of a file with an int in the given byte order. */
    static void patchInt(Path file, long position, int value, ByteOrder order) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4).order(order).putInt(value).flip(), position);
        }
    }

    static void patchShort(Path file, long position, int value) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).flip(), position);
        }
    }

    static int readInt(Path file, long position, ByteOrder order) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(4).order(order);
            channel.read(buffer, position);
            return buffer.flip().getInt();
        }
    }

    private static ByteBuffer header(int length, int type) {
        ByteBuffer header = ByteBuffer.allocate(length);
        header.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        header.putInt(length / 2);
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        header.position(100);
        return header;
    }

    /** The content of one .shp record (without its 8-byte record header), little-endian as the format wants. */
    public static byte[] content(Shape shape) {
        int points = 0;
        for (double[] part : shape.parts()) {
            points += part.length / 2;
        }
        ByteBuffer content;
        switch (shape.type()) {
            case 0 -> content = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0);
            case 1, 11 -> content = ByteBuffer.allocate(20 + shape.extraBytes()).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(shape.type()).putDouble(shape.parts()[0][0]).putDouble(shape.parts()[0][1]);
            case 8 -> {
                content = ByteBuffer.allocate(40 + 16 * points).order(ByteOrder.LITTLE_ENDIAN).putInt(8);
                content.position(36);
                content.putInt(points);
                for (double value : shape.parts()[0]) {
                    content.putDouble(value);
                }
            }
            default -> {
                content = ByteBuffer.allocate(44 + 4 * shape.parts().length + 16 * points).order(ByteOrder.LITTLE_ENDIAN)
                        .putInt(shape.type());
                content.position(36);
                content.putInt(shape.parts().length).putInt(points);
                int start = 0;
                for (double[] part : shape.parts()) {
                    content.putInt(start);
                    start += part.length / 2;
                }
                for (double[] part : shape.parts()) {
                    for (double value : part) {
                        content.putDouble(value);
                    }
                }
            }
        }
        return content.array();
    }
}
