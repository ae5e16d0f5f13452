package cn.yangquan.atlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads PostGIS connection settings as JSON:
 * <pre>{"connections": [{"host": "...", "port": 5432, "database": "...", "user": "...", "ssl": false}]}</pre>
 * The password is written only when asked ({@code savePassword}); otherwise it is left out and loads as null, so that
 * the atlas asks for it. Writes are atomic ({@link AtomicFiles#writeWithBackup}); the file and its backup are made
 * readable by the owner only (on file systems with POSIX permissions), and a backup that still holds a password is
 * removed when the settings are saved without one. Stateless apart from the file; not synchronised.
 */
public final class PostgisSettingsStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public PostgisSettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Saves one connection (replacing whatever the file held). */
    public void save(PostgisConnection connection, boolean savePassword) throws IOException {
        save(List.of(connection), savePassword);
    }

    /** Saves the connections in order; their passwords only when {@code savePassword} is true. */
    public void save(List<PostgisConnection> connections, boolean savePassword) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("connections");
        for (PostgisConnection connection : connections) {
            ObjectNode node = list.addObject();
            node.put("host", connection.host());
            node.put("port", connection.port());
            node.put("database", connection.database());
            node.put("user", connection.user());
            node.put("ssl", connection.ssl());
            if (savePassword && connection.password() != null) {
                node.put("password", connection.password());
            }
        }
        ownerOnly(file);
        AtomicFiles.writeWithBackup(file, MAPPER.writeValueAsBytes(root));
        ownerOnly(file);
        Path backup = AtomicFiles.backupOf(file);
        ownerOnly(backup);
        if (!savePassword && Files.exists(backup) && holdsPassword(backup)) {
            Files.delete(backup);
        }
    }

    /** The saved connections; none when the file does not exist. Passwords are null unless they were saved. */
    public List<PostgisConnection> load() throws InputProblem {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read PostGIS connection settings: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject() || !root.path("connections").isArray()) {
            throw new InputProblem(file, "$", "must hold an object with a \"connections\" array");
        }
        List<PostgisConnection> connections = new ArrayList<>();
        JsonNode list = root.get("connections");
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String place = "$.connections[" + i + "]";
            if (!node.path("port").canConvertToInt() && !node.path("port").isMissingNode()) {
                throw new InputProblem(file, place + ".port", "port must be a number");
            }
            try {
                connections.add(new PostgisConnection(node.path("host").asText(""),
                        node.path("port").asInt(PostgisConnection.DEFAULT_PORT), node.path("database").asText(""),
                        node.path("user").asText(""),
                        node.path("password").isTextual() ? node.get("password").asText() : null,
                        node.path("ssl").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new InputProblem(file, place, e.getMessage());
            }
        }
        return connections;
    }

    private static boolean holdsPassword(Path settings) {
        try {
            JsonNode root = MAPPER.readTree(Files.readAllBytes(settings));
            for (JsonNode node : root.path("connections")) {
                if (node.has("password")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // Unreadable as settings: it may hold anything, so it is no backup worth keeping.
            return true;
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.exists(path) && path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
