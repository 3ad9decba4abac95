package dev.throughline.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The snapshot payload as JSON: dates as ISO-8601 text, instants as UTC ISO-8601, unknown fields
 * ignored so a newer payload still opens in part.
 */
public final class PayloadJson {

    private static final ObjectMapper MAPPER = mapper();

    private PayloadJson() {
    }

    public static String write(SnapshotPayload payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON export: the snapshot's health, narrative and what changed (as sentences), with the frozen
     * payload in full, indented for reading.
     */
    public static String export(Snapshot s, java.util.Optional<SnapshotDiff> diff) {
        com.fasterxml.jackson.databind.node.ObjectNode root = MAPPER.createObjectNode();
        root.put("id", s.id());
        root.put("programKey", s.payload().programKey());
        root.put("programName", s.payload().programName());
        root.put("takenAt", s.takenAt().toString());
        root.put("health", s.health().name());
        root.put("suggestedHealth", s.suggestedHealth().name());
        root.put("reason", s.reason());
        root.put("summary", s.summary());
        root.put("accomplishments", s.accomplishments());
        root.put("nextSteps", s.nextSteps());
        root.put("asks", s.asks());
        com.fasterxml.jackson.databind.node.ArrayNode changes = root.putArray("changesSincePrevious");
        diff.ifPresent(d -> d.sentences().forEach(changes::add));
        root.put("payloadVersion", s.payload().version());
        root.set("payload", MAPPER.valueToTree(s.payload()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().with(new dev.throughline.text.BidiJsonEscapes())
                    .writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SnapshotPayload read(String json, int version) {
        if (version < 1 || version > SnapshotPayload.CURRENT_VERSION) {
            throw new IllegalStateException("Snapshot payload version " + version + " is newer than this app reads ("
                    + SnapshotPayload.CURRENT_VERSION + ")");
        }
        try {
            return MAPPER.readValue(json, SnapshotPayload.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("iso-time");
        time.addSerializer(LocalDate.class, new ToText<>());
        time.addSerializer(Instant.class, new ToText<>());
        time.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        time.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Instant.parse(p.getValueAsString());
            }
        });
        return new ObjectMapper().registerModule(time)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static final class ToText<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
