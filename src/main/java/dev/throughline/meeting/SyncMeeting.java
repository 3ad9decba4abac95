package dev.throughline.meeting;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One occurrence as the agenda editor and run mode see it: the series, when it starts, the stored state
 * ({@code stored} null while the agenda is only generated), the agenda items (stored ones when stored),
 * attendance, and the decisions and action items it recorded.
 */
public record SyncMeeting(MeetingSeries series, String programKey, LocalDate date, ZonedDateTime start,
                          OccurrenceRecord stored, List<AgendaEntry> entries, Agenda agenda,
                          List<AttendeePresence> attendees, List<Decision> decisions, List<ActionRow> actions) {

    public SyncMeeting {
        entries = List.copyOf(entries);
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    public boolean isStored() {
        return stored != null;
    }

    public OccurrenceState state() {
        return stored == null ? null : stored.state();
    }

    public Optional<AgendaEntry> current() {
        if (stored == null || stored.currentItemId() == null) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.id() == stored.currentItemId()).findFirst();
    }
}
