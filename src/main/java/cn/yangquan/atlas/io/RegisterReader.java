package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.register.IndicatorsFile;
import cn.yangquan.atlas.model.register.LayersFile;
import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Places;
import cn.yangquan.atlas.model.register.ProgrammesFile;
import cn.yangquan.atlas.model.register.RegisterValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plan register from {@code data/}. Unknown fields and wrong types are errors; each broken file is
 * reported with its JSON path and cause, and the register is built from the files that did load.
 */
public final class RegisterReader {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The register and the problems met while reading it. */
    public record Loaded(PlanRegister register, List<String> problems) {
    }

    public Loaded read(Path dataDirectory) {
        List<String> problems = new ArrayList<>();
        Places places = read(dataDirectory.resolve(RegisterValidator.PLACES), Places.class, problems);
        LayersFile layers = read(dataDirectory.resolve(RegisterValidator.LAYERS), LayersFile.class, problems);
        ProgrammesFile programmes = read(dataDirectory.resolve(RegisterValidator.PROGRAMMES), ProgrammesFile.class, problems);
        IndicatorsFile indicators = read(dataDirectory.resolve(RegisterValidator.INDICATORS), IndicatorsFile.class, problems);
        return new Loaded(new PlanRegister(places, layers, programmes, indicators), problems);
    }

    private static <T> T read(Path file, Class<T> type, List<String> problems) {
        try {
            return parse(file, type);
        } catch (InputProblem e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    static <T> T parse(Path file, Class<T> type) throws InputProblem {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file, "", "file not found");
        }
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            if (value == null) {
                throw new InputProblem(file, "", "file is empty or null");
            }
            return value;
        } catch (JsonMappingException e) {
            String path = jsonPath(e);
            if (e.getOriginalMessage().startsWith("No content to map due to end-of-input")) {
                throw new InputProblem(file.toString(), "", "file is empty", e);
            }
            if (e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                throw new InputProblem(file.toString(), path, "malformed JSON: the file ends early (truncated?)", e);
            }
            // Jackson names Java types ("cn.yangquan.atlas.model.register.Township"); the planner needs only "Township".
            String cause = e.getOriginalMessage().lines().findFirst().orElse("invalid")
                    .replaceAll("(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
            throw new InputProblem(file.toString(), path, cause, e);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputProblem(file.toString(), place, "malformed JSON: " + JsonText.plain(e), e);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** "$.groups[1].layers[0].members[3].township" from Jackson's reference chain. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
