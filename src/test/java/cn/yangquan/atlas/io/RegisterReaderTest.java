package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterReaderTest {
    @TempDir
    Path temp;

    private Path copyOfData() throws Exception {
        try (var files = Files.list(TestData.DATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, temp.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return temp;
    }

    @Test
    void anUnknownFieldIsReportedWithFileAndJsonPathAndTheRestStillLoads() throws Exception {
        Path data = copyOfData();
        Path layers = data.resolve("layers.json");
        Files.writeString(layers, Files.readString(layers).replaceFirst("\"name_en\"", "\"nmae_en\""));
        RegisterReader.Loaded loaded = new RegisterReader().read(data);
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem).contains("layers.json").contains("$.groups[0]").contains("nmae_en");
        });
        assertThat(loaded.register().townships()).isNotEmpty();
        assertThat(loaded.register().indicators()).hasSize(48);
        assertThat(loaded.register().groups()).isEmpty();
    }

    @Test
    void aWrongTypeIsReportedWithItsPath() throws Exception {
        Path data = copyOfData();
        Path indicators = data.resolve("indicators.json");
        Files.writeString(indicators, Files.readString(indicators).replaceFirst("\"row\": 1,", "\"row\": \"first\","));
        RegisterReader.Loaded loaded = new RegisterReader().read(data);
        assertThat(loaded.problems()).singleElement().satisfies(problem ->
                assertThat(problem).contains("indicators.json").contains("$.rows[0].row"));
    }

    @Test
    void brokenJsonAndMissingFilesAreReported() throws Exception {
        Path data = copyOfData();
        Files.writeString(data.resolve("places.json"), "{\"counties\": [");
        Files.delete(data.resolve("programmes.json"));
        RegisterReader.Loaded loaded = new RegisterReader().read(data);
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p).contains("places.json").contains("malformed JSON").contains("ends early"));
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p).contains("programmes.json").contains("not found"));
    }
}
