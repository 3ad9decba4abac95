package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.ImportOptions;
import dev.throughline.interchange.ImportTarget;
import dev.throughline.interchange.InterchangeService;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.interchange.SamplePlans;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.Task;
import net.sf.mpxj.mspdi.MSPDIWriter;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a 10,000-task MSPDI file the whole way (read, guard, plan, backup, one transaction) beside
 * the floor: MPXJ alone reading the same file plus a plain batched insert of the same rows into a fresh
 * workspace, measured alternately in the same run.
 */
@Tag("bench")
class InterchangeBenchmark {

    private static final int TASKS = 10_000;
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    @TempDir
    Path folder;

    @Test
    void importTenThousandTasks() throws Exception {
        Path file = folder.resolve("plan-10k.xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            new MSPDIWriter().write(SamplePlans.largePlan(TASKS), out);
        }
        double[] full = new double[RUNS];
        double[] floor = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            double f = importWhole(file, i);
            double b = readAndInsert(file, i);
            if (i >= WARM_UP) {
                full[i - WARM_UP] = f;
                floor[i - WARM_UP] = b;
            }
        }
        Measure.json("import_mspdi_10k_tasks_p50", Measure.percentile(full, 50), "ms", Measure.percentile(floor, 50));
        Measure.json("import_mspdi_10k_tasks_max", Measure.percentile(full, 100), "ms", Measure.percentile(floor, 100));
    }

    private double importWhole(Path file, int run) {
        try (Workspace w = Workspace.open(folder.resolve("full-" + run + ".db"))) {
            w.people().create(new PersonInput("Maya Okafor", "", Function.PM, "", "", "", "UTC", "08:00", "16:00"));
            long t0 = System.nanoTime();
            InterchangeService service = w.interchange();
            ImportResult result = service.importSource(service.source(service.inspect(file), null),
                    new ImportOptions(new ImportTarget.NewProgram("BIG-1", null, null), EnumSet.allOf(TaskKind.class)));
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals(TASKS + TASKS / 50, w.milestones().milestones(result.programId()).size());
            return ms;
        }
    }

    /** MPXJ reads the file; the same tasks and links go in as plain batched inserts in one transaction. */
    private double readAndInsert(Path file, int run) throws Exception {
        try (Workspace w = Workspace.open(folder.resolve("floor-" + run + ".db"))) {
            long person = w.people().create(new PersonInput("Maya Okafor", "", Function.PM, "", "", "", "UTC", "08:00",
                    "16:00")).id();
            long t0 = System.nanoTime();
            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            w.store().write(sql -> {
                long program = sql.insert("insert into programs (key, name, status, health, tpgm_id) values"
                        + " ('BIG-2', 'Large plan', 'PLANNED', 'ON_TRACK', ?)", person);
                Map<Integer, Long> ids = new HashMap<>();
                List<Object[]> milestones = new ArrayList<>();
                long id = 1;
                for (Task t : project.getTasks()) {
                    if (t.getOutlineLevel() != null && t.getOutlineLevel() > 0 && t.getFinish() != null) {
                        ids.put(t.getUniqueID(), id);
                        milestones.add(new Object[] {id++, program, t.getName(), t.getFinish().toLocalDate(), "PLANNED"});
                    }
                }
                sql.batch("insert into milestones (id, program_id, title, forecast_date, status) values (?, ?, ?, ?, ?)", milestones);
                List<Object[]> links = new ArrayList<>();
                for (Task t : project.getTasks()) {
                    for (Relation r : t.getPredecessors()) {
                        links.add(new Object[] {ids.get(r.getPredecessorTask().getUniqueID()), ids.get(t.getUniqueID()), "FS",
                                (int) Math.round(r.getLag().getDuration())});
                    }
                }
                sql.batch("insert into dependencies (predecessor_id, successor_id, type, lag_days) values (?, ?, ?, ?)", links);
                return null;
            });
            double ms = (System.nanoTime() - t0) / 1e6;
            assertEquals((long) (TASKS + TASKS / 50), (long) w.store().read(sql -> sql.count("select count(*) from milestones")));
            return ms;
        }
    }
}
