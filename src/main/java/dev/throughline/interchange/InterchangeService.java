package dev.throughline.interchange;

import dev.throughline.edit.CommandStack;
import dev.throughline.milestone.DependencyRepository;
import dev.throughline.milestone.MilestoneRepository;
import dev.throughline.milestone.WorkstreamRepository;
import dev.throughline.people.Person;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.program.ProgramValidator;
import dev.throughline.risk.RaidRepository;
import dev.throughline.store.BackupCatalog;
import dev.throughline.store.OutputTarget;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports and exports. An import is read and planned in full before anything is written; then an
 * automatic backup is taken and the plan is written as one undoable command (one transaction).
 */
public final class InterchangeService {

    /** What the file to import is: a project plan (any MPXJ format) or a CSV table that needs a mapping. */
    public sealed interface Inspection {
    }

    public record ProjectInspection(SourcePlan plan) implements Inspection {
    }

    public record CsvInspection(CsvTable table, HeaderMapping mapping) implements Inspection {
    }

    /** What was imported, where, and the backup taken just before. */
    public record ImportResult(ImportPlan plan, Long programId, Path backup) {
    }

    public enum ExportFormat { MSPDI, CSV }

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();
    private final WorkstreamRepository workstreams = new WorkstreamRepository();
    private final MilestoneRepository milestones = new MilestoneRepository();
    private final DependencyRepository dependencies = new DependencyRepository();
    private final RaidRepository raid = new RaidRepository();

    public InterchangeService(Store store, CommandStack commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    public static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads the file (the slow part) without touching the workspace. */
    public Inspection inspect(Path file) {
        try {
            if (isCsv(file)) {
                CsvTable table = CsvTable.read(file);
                return new CsvInspection(table, HeaderMapping.guess(CsvKind.guess(table.headers()), table.headers()));
            }
            return new ProjectInspection(ProjectFileReader.read(file));
        } catch (ImportFileException e) {
            throw e.asValidation();
        }
    }

    public SourcePlan source(Inspection inspection, HeaderMapping mapping) {
        try {
            if (inspection instanceof CsvInspection c) {
                return CsvSource.toSource(c.table(), mapping == null ? c.mapping() : mapping);
            }
            return ((ProjectInspection) inspection).plan();
        } catch (ImportFileException e) {
            throw e.asValidation();
        }
    }

    /** The preview: what importing {@code source} with {@code options} would do. Writes nothing. */
    public ImportPlan preview(SourcePlan source, ImportOptions options) {
        return ImportPlanner.plan(source, options, context(options.target()));
    }

    /** Plans again against the workspace as it is now, backs it up, and writes the plan as one undoable step. */
    public ImportResult importSource(SourcePlan source, ImportOptions options) {
        ImportPlan plan = preview(source, options);
        if (!plan.canImport()) {
            throw new ValidationException("file", String.join(" ", plan.blockers()));
        }
        Path backup = new BackupCatalog(store.file(), clock).backUp(store, "pre-import");
        ImportCommand command = commands.execute(new ImportCommand(plan));
        return new ImportResult(plan, command.programId(), backup);
    }

    public ImportContext context(ImportTarget target) {
        return store.read(sql -> {
            List<Person> directory = people.all(sql);
            Set<String> keys = programs.all(sql).stream().map(p -> ProgramValidator.normalizeKey(p.key()))
                    .collect(Collectors.toSet());
            if (target instanceof ImportTarget.Existing e) {
                Program program = programs.find(sql, e.programId()).orElse(null);
                if (program != null) {
                    return new ImportContext(directory, keys, program, workstreams.ofProgram(sql, program.id()),
                            milestones.ofProgram(sql, program.id()), dependencies.ofProgram(sql, program.id()));
                }
            }
            return new ImportContext(directory, keys, null, List.of(), List.of(), List.of());
        });
    }

    public ProgramData programData(long programId) {
        return store.read(sql -> {
            Program program = programs.find(sql, programId)
                    .orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
            Map<Long, Person> byId = new HashMap<>();
            people.all(sql).forEach(p -> byId.put(p.id(), p));
            var plan = milestones.ofProgram(sql, programId);
            Set<Long> own = plan.stream().map(m -> m.id()).collect(Collectors.toSet());
            var links = dependencies.ofProgram(sql, programId).stream()
                    .filter(d -> own.contains(d.predecessorId()) && own.contains(d.successorId())).toList();
            return new ProgramData(program, workstreams.ofProgram(sql, programId), plan, links, raid.ofProgram(sql, programId),
                    byId);
        });
    }

    /** MSPDI (the whole plan) or CSV (its milestones) to a file the user chose, replacing it; never onto the workspace. */
    public void export(long programId, ExportFormat format, Path out) {
        export(programId, format, OutputTarget.of(out, store.file(), OutputTarget.IfExists.REPLACE));
    }

    /** MSPDI (the whole plan) or CSV (its milestones), written whole or not at all. */
    public void export(long programId, ExportFormat format, OutputTarget out) {
        ProgramData data = programData(programId);
        try {
            switch (format) {
                case MSPDI -> MspdiExport.write(data, out);
                case CSV -> CsvExport.write(CsvExport.milestones(data), out);
            }
        } catch (ImportFileException e) {
            throw e.asValidation();
        }
    }

    /** A CSV of one kind to a file the user chose, replacing it; never onto the workspace. */
    public void exportCsv(Long programId, CsvKind kind, Path out) {
        exportCsv(programId, kind, OutputTarget.of(out, store.file(), OutputTarget.IfExists.REPLACE));
    }

    /** A CSV of one kind: a program's milestones or RAID items, or the whole people directory. */
    public void exportCsv(Long programId, CsvKind kind, OutputTarget out) {
        try {
            switch (kind) {
                case MILESTONES -> CsvExport.write(CsvExport.milestones(programData(programId)), out);
                case RAID -> CsvExport.write(CsvExport.raid(programData(programId)), out);
                case PEOPLE -> CsvExport.write(CsvExport.people(store.read(people::all)), out);
            }
        } catch (ImportFileException e) {
            throw e.asValidation();
        }
    }
}
