package cn.yangquan.atlas.io;

import java.nio.file.Path;

/** Bad input: names the file, the place in it (feature index, JSON path, line) and what is wrong. */
public class InputProblem extends Exception {
    private final String file;
    private final String place;

    public InputProblem(Path file, String place, String cause) {
        this(String.valueOf(file), place, cause, null);
    }

    public InputProblem(String file, String place, String cause) {
        this(file, place, cause, null);
    }

    public InputProblem(String file, String place, String cause, Throwable origin) {
        super(file + (place == null || place.isBlank() ? "" : ", " + place) + ": " + cause, origin);
        this.file = file;
        this.place = place;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }
}
