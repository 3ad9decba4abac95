package dev.throughline.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample portfolio shipped in resources/sample/portfolio.json, as plain data. */
public record SamplePortfolio(List<SamplePerson> people, List<SampleProgram> programs) {

    public record SamplePerson(String ref, String name, String role, String function, String email, String slack,
                               String gitlab, String zone, String workStart, String workEnd) {
    }

    public record SampleProgram(String key, String name, String objective, String status, String health,
                                String healthReason, String tpgm, String sponsor, String start, String target,
                                String priority, String channel, List<String> links,
                                List<SampleObjective> objectives) {
    }

    public record SampleObjective(String text, String measure, String target, String current) {
    }

    private static final String RESOURCE = "/sample/portfolio.json";

    public static SamplePortfolio load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = SamplePortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample portfolio is missing from this build (" + RESOURCE + ").");
            }
            return mapper.readValue(in, SamplePortfolio.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample portfolio cannot be read", e);
        }
    }
}
