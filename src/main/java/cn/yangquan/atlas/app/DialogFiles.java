package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.io.CsvTableReader;
import cn.yangquan.atlas.io.CsvWriter;
import cn.yangquan.atlas.model.thematic.DataTable;
import cn.yangquan.atlas.ui.WindowFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** The window dialogs' files, read and written by the io readers and writers. */
final class DialogFiles implements WindowFiles {
    @Override
    public DataTable readTable(Path file, Charset charset) throws Exception {
        return new CsvTableReader().read(file, charset);
    }

    @Override
    public void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(file, CsvWriter.write(header, rows));
    }
}
