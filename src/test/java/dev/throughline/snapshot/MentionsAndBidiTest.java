package dev.throughline.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.throughline.attention.AttentionDigest;
import dev.throughline.attention.AttentionItem;
import dev.throughline.meeting.Agenda;
import dev.throughline.meeting.AgendaItem;
import dev.throughline.meeting.AgendaMarkdown;
import dev.throughline.meeting.SectionKind;
import dev.throughline.text.SharedText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 20, item 9: whatever a user typed, text pasted into Slack (the Slack snapshot, every Markdown
 * export: snapshot, agenda, attention digest) notifies no one with a broadcast mention, and no export
 * that people read carries a NUL or a bidirectional control that could reorder what they see. The JSON
 * export keeps the text exactly, with the bidi controls written as escapes.
 */
class MentionsAndBidiTest {

    /** A broadcast mention Slack (or GitLab, for @all) would act on. */
    private static final Pattern BARE_MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.+-])(@|<!)(here|channel|everyone|all|group)(?![\\p{L}\\p{N}_])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("@here", "@channel", "@everyone", "@all", "@Here", "<!here>", "<!channel>",
                "\u202E", "\u202D", "\u202A", "\u2066", "\u2067", "\u2068", "\u2069", "\u202C", "\u0000", "\u0007", "\u001b",
                "\n", "hi ", "ops@all.example", "a|b", "*x*", "`c`", "עברית", "exe.pdf", "\\", "#");
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anything() {
        return Combinators.combine(hostile(), Arbitraries.strings().ofMaxLength(10)).as((a, b) -> b + a + b);
    }

    @Property(tries = 300)
    void slackAndMarkdownNotifyNoOneAndCarryNoControls(@ForAll("anything") String x) {
        Snapshot s = SnapshotExportTest.snapshot(x);
        Optional<SnapshotDiff> diff = SnapshotExportTest.diff(s);
        for (String text : List.of(SnapshotExport.slack(s, diff), SnapshotExport.markdown(s, diff),
                AgendaMarkdown.render(agenda(x)), AttentionDigest.markdown(List.of(attention(x)), Frozen.TODAY))) {
            assertFalse(BARE_MENTION.matcher(text.replace("\\", "")).find(), () -> "a broadcast mention:\n" + text);
            assertReadable(text);
        }
    }

    @Property(tries = 200)
    void htmlAndCsvCarryNoNulAndNoBidiControl(@ForAll("anything") String x) {
        Snapshot s = SnapshotExportTest.snapshot(x);
        assertReadable(SnapshotExport.html(s, SnapshotExportTest.diff(s)));
        String csv = SnapshotExport.csv(s);
        assertTrue(csv.codePoints().noneMatch(SharedText::isBidiControl), () -> "a bidi control in the CSV:\n" + csv);
    }

    @Property(tries = 200)
    void jsonEscapesBidiControlsAndGivesTheTextBack(@ForAll("anything") String x) throws Exception {
        Snapshot s = SnapshotExportTest.snapshot(x);
        String json = PayloadJson.export(s, Optional.empty());
        assertTrue(json.codePoints().noneMatch(SharedText::isBidiControl), () -> "a raw bidi control in the JSON:\n" + json);
        assertFalse(json.contains("\u0000"), "no raw NUL");
        var tree = new ObjectMapper().readTree(json);
        assertEquals(x, tree.get("summary").textValue(), "the JSON gives the text back exactly");
        assertEquals(x, tree.get("payload").get("milestones").get(0).get("title").textValue());
    }

    @Example
    void mentionsReadTheSameButAreBrokenWithAZeroWidthSpace() {
        assertEquals("ping @\u200Bhere and @\u200Bchannel, <!\u200Beveryone>; mail ops@all.example",
                SharedText.noMentions("ping @here and @channel, <!everyone>; mail ops@all.example"));
        String slack = SnapshotExport.slack(SnapshotExportTest.snapshot("@here ship it"), Optional.empty());
        assertTrue(slack.contains("@\u200Bhere ship it"), slack);
    }

    @Example
    void aRightToLeftOverrideIsDroppedSoTheNameReadsAsStored() {
        String md = SnapshotExport.markdown(SnapshotExportTest.snapshot("invoice\u202Efdp.exe"), Optional.empty());
        assertTrue(md.contains("invoicefdp.exe"), md);
        assertTrue(AgendaMarkdown.escape("a\u0000b\u2066c").equals("abc"), "no NUL or isolate in agenda Markdown");
    }

    private static void assertReadable(String text) {
        assertTrue(text.codePoints().noneMatch(SharedText::isBidiControl), () -> "a bidi control:\n" + text);
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F),
                () -> "a control character:\n" + text);
    }

    private static Agenda agenda(String x) {
        return new Agenda(x, x, ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles")), 30, true,
                List.of(x, "Ana"), List.of(new AgendaItem(x, SectionKind.values()[0], x, 5, null)));
    }

    private static AttentionItem attention(String x) {
        return new AttentionItem(AttentionItem.Kind.values()[0], AttentionItem.Severity.URGENT, 1L, x, null, x, x, null);
    }
}
