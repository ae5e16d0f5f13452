package cn.yangquan.atlas.render;

/** An export that cannot be made as asked (missing glyphs, no embeddable font, unwritable target). */
public final class ExportProblem extends Exception {
    public ExportProblem(String message) {
        super(message);
    }

    public ExportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
