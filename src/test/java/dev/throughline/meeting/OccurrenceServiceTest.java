package dev.throughline.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.testing.MutableClock;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agenda edits before a sync, run mode, minutes and carry-over, on a real workspace file with a clock moved by hand. */
class OccurrenceServiceTest {

    private static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);
    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);
    /** 09:00 Los Angeles on 17 November. */
    private static final Instant SYNC_START = Instant.parse("2026-11-17T17:00:00Z");

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private MutableClock clock;
    private MeetingService meetings;
    private DecisionLogService log;
    private OccurrenceService syncs;
    private SyncFixture f;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        clock = new MutableClock(Instant.parse("2026-11-16T20:00:00Z"));
        log = new DecisionLogService(workspace.store(), workspace.commands(), clock);
        meetings = new MeetingService(workspace.store(), workspace.commands(), clock, workspace.programs(),
                workspace.people(), workspace.milestones(), workspace.risks(), workspace.raci(), log);
        syncs = new OccurrenceService(workspace.store(), workspace.commands(), clock, workspace.programs(),
                workspace.people(), meetings, log);
        f = new SyncFixture(workspace, meetings);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> texts(SyncMeeting m) {
        return m.entries().stream().map(AgendaEntry::text).toList();
    }

    @Test
    void agendaEditsBeforeTheMeetingAreStoredAndUndoable() {
        SyncMeeting generated = syncs.meeting(f.series.id(), NOV_17);
        assertFalse(generated.isStored());
        assertEquals(List.of("Vendor status", "Launch checklist"),
                generated.agenda().items().stream().map(AgendaItem::text).toList());

        long occurrence = syncs.prepare(f.series.id(), NOV_17).id();
        SyncMeeting stored = syncs.meeting(f.series.id(), NOV_17);
        assertEquals(List.of("Vendor status", "Launch checklist"), texts(stored));

        AgendaEntry added = syncs.addItem(occurrence, "Pricing page copy", 4);
        syncs.move(added.id(), -1);
        AgendaEntry vendor = stored.entries().get(0);
        AgendaEntry checklist = stored.entries().get(1);
        syncs.setState(vendor.id(), ItemState.ASYNC);
        syncs.setState(checklist.id(), ItemState.DROPPED);

        SyncMeeting edited = syncs.meeting(f.series.id(), NOV_17);
        assertEquals(List.of("Vendor status", "Pricing page copy", "Launch checklist"), texts(edited));
        assertEquals(4, edited.agenda().plannedMinutes(), "async and dropped items take no time");
        String md = AgendaMarkdown.render(syncs.agenda(f.series.id(), NOV_17));
        assertTrue(md.contains("~~Vendor status~~ (handled async)"), md);
        assertTrue(md.contains("[4 min] Pricing page copy"), md);
        assertFalse(md.contains("Launch checklist"), "a dropped item is not on the shared agenda:\n" + md);

        workspace.commands().undo(); // drop
        workspace.commands().undo(); // async
        workspace.commands().undo(); // move
        assertEquals(List.of("Vendor status", "Launch checklist", "Pricing page copy"),
                texts(syncs.meeting(f.series.id(), NOV_17)));
        assertTrue(syncs.meeting(f.series.id(), NOV_17).entries().stream().allMatch(e -> e.state() == ItemState.OPEN));
        workspace.commands().undo(); // add
        workspace.commands().undo(); // prepare
        assertFalse(syncs.meeting(f.series.id(), NOV_17).isStored());

        assertThrows(ValidationException.class, () -> syncs.meeting(f.series.id(), LocalDate.of(2026, 11, 18)),
                "a day without a sync is refused");
    }

    @Test
    void runModeRecordsTimeOverrunsAndWritesMinutes() {
        clock.set(SYNC_START);
        OccurrenceRecord running = syncs.start(f.series.id(), NOV_17);
        SyncMeeting m = syncs.meeting(running.id());
        AgendaEntry vendor = m.entries().get(0);
        assertEquals(vendor.id(), m.stored().currentItemId());
        syncs.setPresent(running.id(), f.maya.id(), true);
        syncs.setPresent(running.id(), f.kenji.id(), false);

        clock.advance(Duration.ofMinutes(12).plusSeconds(5));
        syncs.saveOutcome(vendor.id(), "Vendor confirms the sandbox by Friday.");
        log.decide(f.program.id(), running.id(), new DecisionInput("Ship behind a flag", "Rollback without a deploy",
                NOV_17, DecisionStatus.DECIDED, null));
        log.addAction(f.program.id(), running.id(), new ActionInput("Send the flag plan", f.maya.id(),
                LocalDate.of(2026, 11, 20)));
        syncs.next(running.id(), ItemState.DONE);

        clock.advance(Duration.ofMinutes(2));
        syncs.saveNotes(running.id(), "Kenji out sick.");
        String minutes = syncs.end(running.id());

        SyncMeeting ended = syncs.meeting(running.id());
        assertEquals(OccurrenceState.ENDED, ended.state());
        assertEquals(725, ended.entries().get(0).spentSeconds());
        assertEquals(125, ended.entries().get(0).overrunSeconds(), "12:05 against a 10-minute timebox");
        assertEquals(ItemState.DONE, ended.entries().get(0).state());
        assertEquals(ItemState.CARRIED, ended.entries().get(1).state(), "the item the meeting did not finish");
        assertEquals(120, ended.entries().get(1).spentSeconds());
        assertEquals(minutes, syncs.minutes(running.id()));
        assertTrue(minutes.contains("Vendor status — 12:05 of 10 min (**2:05 over**)"), minutes);
        assertTrue(minutes.contains("Vendor confirms the sandbox by Friday."), minutes);
        assertTrue(minutes.contains("**Ship behind a flag** — Rollback without a deploy"), minutes);
        assertTrue(minutes.contains("- [ ] Send the flag plan — Maya Okafor, due 2026-11-20"), minutes);
        assertTrue(minutes.contains("**Present:** Maya Okafor"), minutes);
        assertTrue(minutes.contains("**Absent:** Kenji Sato"), minutes);
        assertTrue(minutes.contains("## Carried over to the next sync\n\n- Launch checklist"), minutes);
        assertTrue(minutes.contains("Kenji out sick."), minutes);
        assertTrue(minutes.contains("ran 09:00–09:14 (14 of 30 min)"), minutes);
        assertThrows(ValidationException.class, () -> syncs.next(running.id(), ItemState.DONE),
                "an ended sync cannot be run on");
    }

    @Test
    void unfinishedItemsAndOpenActionsComeUpAtTheNextOccurrence() {
        clock.set(SYNC_START);
        OccurrenceRecord running = syncs.start(f.series.id(), NOV_17);
        log.addAction(f.program.id(), running.id(), new ActionInput("Send the flag plan", f.maya.id(),
                LocalDate.of(2026, 11, 20)));
        syncs.next(running.id(), ItemState.CARRIED); // vendor status: carry on purpose
        syncs.end(running.id()); // launch checklist never came up

        clock.set(Instant.parse("2026-11-23T18:00:00Z"));
        Agenda next = syncs.agenda(f.series.id(), NOV_24);
        List<AgendaItem> carried = next.items().stream().filter(i -> i.carriedFrom() != null).toList();
        assertEquals(List.of("Vendor status", "Launch checklist"), carried.stream().map(AgendaItem::text).toList());
        assertTrue(carried.stream().allMatch(i -> i.carriedFrom().equals(NOV_17)));
        assertEquals(1, next.items().stream().filter(i -> i.text().equals("Vendor status")).count(),
                "the carried item stands for the template's");
        AgendaItem action = next.items().stream().filter(i -> i.kind() == SectionKind.ACTIONS).findFirst().orElseThrow();
        assertEquals("Send the flag plan — Maya Okafor, due 2026-11-20, 7 days old, OVERDUE", action.text());
        String md = AgendaMarkdown.render(next);
        assertTrue(md.contains("Launch checklist _(carried from 2026-11-17)_"), md);

        // Stored, then carried again: the mark keeps the first date.
        clock.set(Instant.parse("2026-11-24T17:00:00Z"));
        OccurrenceRecord second = syncs.start(f.series.id(), NOV_24);
        syncs.end(second.id());
        Agenda third = syncs.agenda(f.series.id(), LocalDate.of(2026, 12, 1));
        assertTrue(third.items().stream().filter(i -> i.text().equals("Launch checklist"))
                .allMatch(i -> NOV_17.equals(i.carriedFrom())), AgendaMarkdown.render(third));
    }

    @Test
    void endingAppendsCarriedItemsToAnAlreadyPreparedNextOccurrence() {
        syncs.prepare(f.series.id(), NOV_24);
        clock.set(SYNC_START);
        OccurrenceRecord running = syncs.start(f.series.id(), NOV_17);
        syncs.next(running.id(), ItemState.DONE);
        syncs.end(running.id());
        SyncMeeting next = syncs.meeting(f.series.id(), NOV_24);
        AgendaEntry first = next.entries().get(0);
        assertEquals("Launch checklist", first.text());
        assertEquals(NOV_17, first.carriedFromDate());
        workspace.commands().undo();
        assertTrue(syncs.meeting(f.series.id(), NOV_24).entries().stream().noneMatch(e -> e.carriedFromDate() != null),
                "undoing the end takes the carried items back");
        assertEquals(OccurrenceState.RUNNING, syncs.meeting(running.id()).state());
    }

    @Test
    void goingBackToAnItemResumesItsClock() {
        clock.set(SYNC_START);
        OccurrenceRecord running = syncs.start(f.series.id(), NOV_17);
        List<AgendaEntry> items = syncs.meeting(running.id()).entries();
        clock.advance(Duration.ofSeconds(90));
        syncs.next(running.id(), ItemState.DONE);
        clock.advance(Duration.ofSeconds(30));
        syncs.goTo(running.id(), items.get(0).id());
        clock.advance(Duration.ofSeconds(45));
        syncs.end(running.id());
        SyncMeeting ended = syncs.meeting(running.id());
        assertEquals(135, ended.entries().get(0).spentSeconds());
        assertEquals(30, ended.entries().get(1).spentSeconds());
        assertNull(ended.stored().currentItemId());
    }
}
