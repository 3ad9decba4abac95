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
