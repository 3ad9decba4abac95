package dev.throughline.app;

import dev.throughline.attention.AttentionRules;
import dev.throughline.attention.AttentionService;
import dev.throughline.capacity.CapacityService;
import dev.throughline.edit.CommandStack;
import dev.throughline.event.WorkspaceEvents;
import dev.throughline.interchange.CalendarService;
import dev.throughline.interchange.InterchangeService;
import dev.throughline.intake.IntakeService;
import dev.throughline.meeting.DecisionLogService;
import dev.throughline.meeting.MeetingService;
import dev.throughline.meeting.OccurrenceService;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.people.PeopleService;
import dev.throughline.program.ProgramService;
import dev.throughline.raci.RaciService;
import dev.throughline.risk.RiskService;
import dev.throughline.sample.SampleService;
import dev.throughline.snapshot.SnapshotService;
import dev.throughline.store.AutoBackups;
import dev.throughline.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Composition root of one open workspace: the store, its undo history, its events and the feature
 * services. Passed explicitly to whatever needs it; there is no global instance.
 */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final WorkspaceEvents events;
    private final CommandStack commands;
    private final PeopleService people;
    private final ProgramService programs;
    private final SampleService sample;
    private final MilestoneService milestones;
    private final RaciService raci;
    private final RiskService risks;
    private final MeetingService meetings;
    private final DecisionLogService decisionLog;
    private final OccurrenceService occurrences;
    private final CalendarService calendars;
    private final SnapshotService snapshots;
    private final InterchangeService interchange;
    private final IntakeService intake;
    private final CapacityService capacity;
    private final AttentionService attention;
    private AutoBackups autoBackups;

    private Workspace(Store store, WorkspaceEvents events) {
        this.store = store;
        this.events = events;
        this.commands = new CommandStack(store, events);
        this.people = new PeopleService(store, commands);
        this.programs = new ProgramService(store, commands);
        this.sample = new SampleService(store, commands);
        this.milestones = new MilestoneService(store, commands, Clock.systemUTC());
        this.raci = new RaciService(store, commands);
        this.risks = new RiskService(store, commands, Clock.systemUTC());
        this.decisionLog = new DecisionLogService(store, commands, Clock.systemUTC());
        this.meetings = new MeetingService(store, commands, Clock.systemUTC(), programs, people, milestones, risks, raci,
                decisionLog);
        this.occurrences = new OccurrenceService(store, commands, Clock.systemUTC(), programs, people, meetings, decisionLog);
        this.calendars = new CalendarService(Clock.systemUTC(), programs, people, milestones, meetings);
        this.snapshots = new SnapshotService(store, commands, Clock.systemUTC(), programs, milestones, risks, raci,
                decisionLog);
        this.interchange = new InterchangeService(store, commands, Clock.systemUTC());
        this.intake = new IntakeService(store, commands, Clock.systemUTC());
        this.capacity = new CapacityService(people, programs, milestones, meetings, raci);
        this.attention = new AttentionService(Clock.systemUTC(), programs, milestones, risks, raci, snapshots, intake,
                decisionLog, AttentionRules.standard());
    }

    /** Opens for editing; events are delivered through {@code eventDelivery} (the FX thread in the app). */
    public static Workspace open(Path file, Executor eventDelivery) {
        Workspace workspace = new Workspace(Store.open(file), new WorkspaceEvents(eventDelivery));
        workspace.autoBackups = new AutoBackups(workspace.store, Clock.systemUTC(), AutoBackups.DEFAULT_INTERVAL);
        return workspace;
    }

    public static Workspace open(Path file) {
        return open(file, Runnable::run);
    }

    public static Workspace openReadOnly(Path file) {
        Store store = Store.open(file, Store.Mode.READ_ONLY);
        try {
            store.requireCurrentSchema();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new Workspace(store, WorkspaceEvents.direct());
    }

    public Store store() {
        return store;
    }

    public WorkspaceEvents events() {
        return events;
    }

    public CommandStack commands() {
        return commands;
    }

    public PeopleService people() {
        return people;
    }

    public ProgramService programs() {
        return programs;
    }

    public MilestoneService milestones() {
        return milestones;
    }

    public RaciService raci() {
        return raci;
    }

    public RiskService risks() {
        return risks;
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** Decisions and action items of every program. */
    public DecisionLogService decisionLog() {
        return decisionLog;
    }

    /** Stored sync occurrences: edited agendas, run mode, minutes. */
    public OccurrenceService occurrences() {
        return occurrences;
    }

    /** .ics export of syncs and milestones, import of sync series. */
    public CalendarService calendars() {
        return calendars;
    }

    public SnapshotService snapshots() {
        return snapshots;
    }

    public InterchangeService interchange() {
        return interchange;
    }

    public IntakeService intake() {
        return intake;
    }

    public CapacityService capacity() {
        return capacity;
    }

    public AttentionService attention() {
        return attention;
    }

    public SampleService sample() {
        return sample;
    }

    /** Automatic backups (writable workspaces only). */
    public Optional<AutoBackups> autoBackups() {
        return Optional.ofNullable(autoBackups);
    }

    public Path file() {
        return store.file();
    }

    @Override
    public void close() {
        store.close();
    }
}
