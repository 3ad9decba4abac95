package dev.throughline.meeting;

import dev.throughline.text.SharedText;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An agenda as Markdown to paste ahead of the meeting. All user text is escaped. */
public final class AgendaMarkdown {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private AgendaMarkdown() {
    }

    public static String render(Agenda agenda) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(agenda.programKey())).append(" — ").append(escape(agenda.seriesTitle())).append('\n')
                .append('\n');
        md.append("**When:** ").append(WHEN.format(agenda.start())).append(' ').append(agenda.start().getZone().getId())
                .append(" (").append(agenda.durationMinutes()).append(" min")
                .append(agenda.asyncFirst() ? ", async first: handle what you can in the channel before" : "")
                .append(")\n");
        if (!agenda.attendees().isEmpty()) {
            md.append("**Attendees:** ").append(String.join(", ", agenda.attendees().stream().map(AgendaMarkdown::escape).toList()))
                    .append('\n');
        }
        md.append("**Planned:** ").append(agenda.plannedMinutes()).append(" of ").append(agenda.durationMinutes())
                .append(" min\n");
        String section = null;
        for (AgendaItem item : agenda.items()) {
            if (item.state() == ItemState.DROPPED) {
                continue;
            }
            if (!item.section().equals(section)) {
                section = item.section();
                md.append('\n').append("## ").append(escape(section)).append('\n').append('\n');
            }
            boolean async = item.state() == ItemState.ASYNC;
            md.append("- ").append(item.minutes() > 0 && !async ? "[" + item.minutes() + " min] " : "")
                    .append(async ? "~~" + escape(item.text()) + "~~ (handled async)" : escape(item.text()))
                    .append(item.carriedFrom() == null ? "" : " _(carried from " + item.carriedFrom() + ")_")
                    .append('\n');
        }
        return md.toString();
    }

    /**
     * Backslash-escapes what Markdown would read as emphasis, code, links, HTML, tables or headings (and a
     * leading list marker); line breaks become spaces so an item stays one line. Control characters, bidi
     * controls and broadcast mentions are neutralised first ({@link SharedText}): agendas are pasted into Slack.
     */
    public static String escape(String text) {
        String flat = SharedText.pasteable(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>|~#".indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+'))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
