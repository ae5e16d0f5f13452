package cn.yangquan.atlas.model.register;

import java.util.List;

/** Contents of {@code data/programmes.json}. */
public record ProgrammesFile(List<Programme> programmes) {
    public ProgrammesFile {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
    }
}
