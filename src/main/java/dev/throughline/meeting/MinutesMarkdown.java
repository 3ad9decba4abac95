package dev.throughline.meeting;

import static dev.throughline.meeting.AgendaMarkdown.escape;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Minutes of an ended sync as Markdown: who came, each item with time spent and outcome, decisions, actions, carry-over. */
public final class MinutesMarkdown {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MinutesMarkdown() {
    }

    /** {@code decisionTitles} names earlier decisions that a new one supersedes. */
    public static String render(SyncMeeting m, OccurrenceRecord ended, List<AgendaEntry> items,
                                Map<Long, String> decisionTitles) {
        ZoneId zone = m.series().zone();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(m.programKey())).append(" — ").append(escape(m.series().title()))
                .append(": minutes\n\n");
        md.append("**When:** ").append(WHEN.format(m.start())).append(' ').append(zone.getId());
        if (ended.startedAt() != null && ended.endedAt() != null) {
            long ran = Duration.between(ended.startedAt(), ended.endedAt()).toMinutes();
            md.append(" · ran ").append(CLOCK.format(ended.startedAt().atZone(zone))).append('–')
                    .append(CLOCK.format(ended.endedAt().atZone(zone))).append(" (").append(ran).append(" of ")
                    .append(m.series().durationMinutes()).append(" min")
                    .append(ran > m.series().durationMinutes() ? ", " + (ran - m.series().durationMinutes()) + " min over" : "")
                    .append(')');
        }
        md.append('\n');
        List<String> present = m.attendees().stream().filter(a -> Boolean.TRUE.equals(a.present()))
                .map(a -> escape(a.name())).toList();
        List<String> absent = m.attendees().stream().filter(a -> Boolean.FALSE.equals(a.present()))
                .map(a -> escape(a.name())).toList();
        if (!present.isEmpty()) {
            md.append("**Present:** ").append(String.join(", ", present)).append('\n');
        }
        if (!absent.isEmpty()) {
            md.append("**Absent:** ").append(String.join(", ", absent)).append('\n');
        }
        md.append("\n## Agenda\n\n");
        for (AgendaEntry e : items) {
            if (e.state() == ItemState.DROPPED) {
                continue;
            }
            md.append("- ").append(mark(e.state())).append(' ').append(escape(e.text()));
            if (e.carriedFromDate() != null) {
                md.append(" _(carried from ").append(e.carriedFromDate()).append(")_");
            }
            if (e.state() != ItemState.ASYNC) {
                md.append(" — ").append(clock(e.spentSeconds())).append(" of ").append(e.minutes()).append(" min");
                if (e.overrunSeconds() > 0) {
                    md.append(" (**").append(clock(e.overrunSeconds())).append(" over**)");
                }
            }
            md.append('\n');
            if (!e.outcome().isBlank()) {
                md.append("  - ").append(escape(e.outcome())).append('\n');
            }
        }
        md.append("\n## Decisions\n\n");
        if (m.decisions().isEmpty()) {
            md.append("None.\n");
        }
        for (Decision d : m.decisions()) {
            md.append("- **").append(escape(d.title())).append("**");
            if (!d.rationale().isBlank()) {
                md.append(" — ").append(escape(d.rationale()));
            }
            if (d.status() == DecisionStatus.PENDING) {
                md.append(" _(pending: to be decided)_");
            }
            if (d.supersedesId() != null) {
                md.append(" _(supersedes “").append(escape(decisionTitles.getOrDefault(d.supersedesId(),
                        "decision #" + d.supersedesId()))).append("”)_");
            }
            md.append('\n');
        }
        md.append("\n## Action items\n\n");
        if (m.actions().isEmpty()) {
            md.append("None.\n");
        }
        for (ActionRow a : m.actions()) {
            md.append("- [ ] ").append(escape(a.item().title())).append(" — ")
                    .append(a.owner().isEmpty() ? "no owner" : escape(a.owner()))
                    .append(a.item().due() == null ? "" : ", due " + a.item().due()).append('\n');
        }
        List<AgendaEntry> carried = items.stream().filter(e -> e.state() == ItemState.CARRIED).toList();
        if (!carried.isEmpty()) {
            md.append("\n## Carried over to the next sync\n\n");
            carried.forEach(e -> md.append("- ").append(escape(e.text())).append('\n'));
        }
        if (!ended.notes().isBlank()) {
            md.append("\n## Notes\n\n");
            for (String line : ended.notes().strip().split("\\R")) {
                md.append(escape(line)).append("  \n");
            }
        }
        return md.toString();
    }

    /** "4:05" for 245 seconds. */
    public static String clock(long seconds) {
        long s = Math.abs(seconds);
        return (seconds < 0 ? "-" : "") + s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }

    private static String mark(ItemState state) {
        return switch (state) {
            case DONE -> "[x]";
            case ASYNC -> "[async]";
            case CARRIED -> "[carried]";
            default -> "[ ]";
        };
    }
}
