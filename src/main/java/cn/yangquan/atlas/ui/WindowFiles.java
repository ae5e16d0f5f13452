package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.thematic.DataTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * The files the window's dialogs read and write. The window does no file I/O itself: the application passes these in,
 * and the window calls them off the FX thread through its {@link TaskExecutor}.
 */
public interface WindowFiles {
    /**
     * The statistics table in the file, in {@code charset} or, when null, in the encoding its bytes show (UTF-8 or GBK).
     *
     * @throws Exception with a message for the planner (file, place, cause) when the file cannot be read
     */
    DataTable readTable(Path file, Charset charset) throws Exception;

    /**
     * Writes a table as CSV (UTF-8 with BOM, for Excel), atomically: a temporary file moved into place.
     *
     * @throws IOException when the file cannot be written; the previous file, if any, is left as it was
     */
    void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException;
}
