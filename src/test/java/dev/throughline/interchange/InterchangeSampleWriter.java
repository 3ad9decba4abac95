package dev.throughline.interchange;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.mpxj.mpx.MPXWriter;
import net.sf.mpxj.mspdi.MSPDIWriter;
import net.sf.mpxj.planner.PlannerWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed sample files in src/test/resources/interchange with MPXJ's own writers (the
 * GanttProject file, which MPXJ cannot write, is kept by hand). Runs only when asked:
 *
 * <pre>./mvnw -o -q test -Dtest=InterchangeSampleWriter -Dthroughline.writeSamples=src/test/resources/interchange</pre>
 */
class InterchangeSampleWriter {

    @Test
    @EnabledIfSystemProperty(named = "throughline.writeSamples", matches = ".+")
    void writeSamples() throws Exception {
        Path folder = Path.of(System.getProperty("throughline.writeSamples"));
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve("plan.xml"))) {
            new MSPDIWriter().write(SamplePlans.engineeringPlan(), out);
        }
        Path planner = folder.resolve("plan.planner.xml");
        try (OutputStream out = Files.newOutputStream(planner)) {
            new PlannerWriter().write(SamplePlans.engineeringPlan(), out);
        }
        // PlannerWriter 13.12 writes lags in the wrong unit (2 days as 1382400 s); Planner stores seconds of
        // calendar time, so the file gets the values Planner itself would write.
        Files.writeString(planner, Files.readString(planner).replace("lag=\"777600\"", "lag=\"-86400\"")
                .replace("lag=\"1382400\"", "lag=\"172800\"").replace("lag=\"432000\"", "lag=\"259200\""));
        try (OutputStream out = Files.newOutputStream(folder.resolve("plan.mpx"))) {
            new MPXWriter().write(SamplePlans.engineeringPlan(), out);
        }
    }
}
