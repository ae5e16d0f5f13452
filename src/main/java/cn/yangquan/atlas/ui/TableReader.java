package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.thematic.DataTable;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads a statistics table for the window, which does no file I/O itself: the application passes the reader in, and
 * the window calls it off the FX thread through its {@link TaskExecutor}.
 */
@FunctionalInterface
public interface TableReader {
    /**
     * The table in the file, in {@code charset} or, when null, in the encoding its bytes show (UTF-8 or GBK).
     *
     * @throws Exception with a message for the planner (file, place, cause) when the file cannot be read
     */
    DataTable read(Path file, Charset charset) throws Exception;
}
