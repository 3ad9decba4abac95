package dev.throughline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.people.Function;
import dev.throughline.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pasting an intake message from the channel fills the form; a message that is no intake changes nothing. */
class IntakeMarkdownTest {

    private static final Instant NOW = Instant.parse("2026-11-27T17:00:00Z");
    private static final List<Person> PEOPLE = List.of(
            new Person(1, "Elena Brooks", "VP Product", Function.PM, "elena@example.com", "@elena", "", ZoneId.of("UTC"),
                    LocalTime.of(9, 0), LocalTime.of(17, 0)));

    private static final String MESSAGE = """
            Hi team :wave: new intake below.

            **Requester:** @elena
            **Initiative:** Partner onboarding portal
            **Problem:** Partners wait 3 weeks for sandbox access.
            Support tickets pile up: 40 a week.
            **Desired outcome:** Self-serve onboarding in under a day
            ### Why it needs program support
            - Complexity: High (four teams, two vendors)
            - Functions involved: PM, UX, Engineering, GTM, Legal, Partner success
            - Business criticality: Critical
            **Desired timeline:** March 31, 2027 (before the partner summit)
            **Links:** [epic](https://gitlab.example.com/groups/partners/-/epics/12), https://docs.example.com/prd
            **Channel:** #partner-portal
            **Budget:** already approved
            """;

    @Test
    void aTemplateMessageFillsEveryFieldAndKeepsTheRestInNotes() {
        IntakeMarkdown.Result result = IntakeMarkdown.parse(MESSAGE, IntakeInput.blank(NOW), PEOPLE);
        assertTrue(result.fits(), result.message());
        IntakeInput in = result.input();
        assertEquals("Elena Brooks", in.requester());
        assertEquals("Partner onboarding portal", in.initiative());
        assertEquals("Partners wait 3 weeks for sandbox access.\nSupport tickets pile up: 40 a week.", in.problem());
        assertEquals("Self-serve onboarding in under a day", in.outcome());
        assertEquals(Complexity.HIGH, in.complexity());
        assertEquals(Set.of(Function.PM, Function.UX, Function.ENGINEERING, Function.GTM, Function.LEGAL), in.functions());
        assertEquals("Partner success", in.otherFunctions());
        assertEquals(Criticality.CRITICAL, in.criticality());
        assertEquals(LocalDate.of(2027, 3, 31), in.desiredDate());
        assertEquals("https://gitlab.example.com/groups/partners/-/epics/12\nhttps://docs.example.com/prd", in.links());
        assertEquals("#partner-portal", in.channel());
        assertTrue(in.notes().contains("Hi team :wave: new intake below."), in.notes());
        assertTrue(in.notes().contains("**Budget:** already approved"), in.notes());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void anUnlabelledSentenceAfterAOneValueFieldGoesToNotes() {
        String budget = "Budget approved by the CRO last week.";
        for (String last : List.of("**Channel:** #partner-portal", "- Complexity: High", "- Business criticality: High",
                "**Desired timeline:** 2027-06-30", "**Requester:** @elena", "**Initiative:** Partner portal",
                "**Links:** https://docs.example.com/prd", "- Functions involved:\n- [x] UX\n- [ ] GTM")) {
            String message = "**Initiative:** Partner portal\n**Problem:** Partners wait.\n" + last + "\n\n" + budget;
            IntakeMarkdown.Result result = IntakeMarkdown.parse(message, IntakeInput.blank(NOW), PEOPLE);
            assertTrue(result.fits(), result.message());
            IntakeInput in = result.input();
            assertEquals(budget, in.notes(), "after " + last);
            for (String field : new String[] {in.requester(), in.initiative(), in.problem(), in.outcome(), in.links(),
                    in.channel(), in.otherFunctions()}) {
                assertFalse(field != null && field.contains("Budget"), "after " + last + ": " + field);
            }
            assertTrue(result.message().endsWith("the rest is in Notes."), result.message());
        }
    }

    @Test
    void aMessageWhoseLineBreaksWereLostStillFills() {
        String oneLine = "**Requester:** @elena **Initiative:** Self-serve trials **Problem:** Prospects wait 2 days;"
                + " sales-approved trials only ### Why it needs program support - Complexity: High (billing, CRM)"
                + "- Functions involved: PM, Engineering - Business criticality: High **Desired timeline:** Q2 2027";
        IntakeMarkdown.Result result = IntakeMarkdown.parse(oneLine, IntakeInput.blank(NOW), PEOPLE);
        assertTrue(result.fits(), result.message());
        assertEquals(List.of("Requester", "Initiative", "Problem", "Complexity", "Functions involved",
                "Business criticality", "Desired timeline"), result.filled());
        assertEquals("Prospects wait 2 days; sales-approved trials only", result.input().problem());
        assertEquals(Set.of(Function.PM, Function.ENGINEERING), result.input().functions());
        assertEquals(LocalDate.of(2027, 6, 30), result.input().desiredDate());
    }

    @Test
    void checkboxListsAndQuartersAreUnderstood() {
        String text = """
                ## Initiative
                Data residency for EU customers
                ## Functions involved
                - [x] Engineering
                - [ ] UX
                - [x] Security
                ## Desired timeline
                Q2 2027
                """;
        IntakeInput in = IntakeMarkdown.parse(text, IntakeInput.blank(NOW), PEOPLE).input();
        assertEquals("Data residency for EU customers", in.initiative());
        assertEquals(Set.of(Function.ENGINEERING, Function.SECURITY), in.functions());
        assertEquals(LocalDate.of(2027, 6, 30), in.desiredDate());
    }

    @Test
    void aMessageThatFitsNoTemplateIsRefusedAndChangesNothing() {
        IntakeInput typed = new IntakeInput("Elena Brooks", "Typed by hand", "", "", Complexity.LOW, Set.of(), "",
                Criticality.LOW, null, "", "", "my own notes", NOW);
        IntakeMarkdown.Result result = IntakeMarkdown.parse("hey can someone help with the launch next month? thx",
                typed, PEOPLE);
        assertFalse(result.fits());
        assertEquals(typed, result.input());
        assertTrue(result.message().startsWith("This message does not follow the intake template: it has none of the"
                + " template's fields (Requester, Initiative, Problem"), result.message());
        assertTrue(result.message().endsWith("Nothing was filled; your text is still in the box."));
    }

    @Test
    void valuesThatCannotBeReadAreKeptInTheNotesWithAWarning() {
        String text = """
                Requester: Somebody New
                Initiative: Faster builds
                Desired timeline: whenever the team has room
                Complexity: very
                """;
        IntakeMarkdown.Result result = IntakeMarkdown.parse(text, IntakeInput.blank(NOW), PEOPLE);
        assertTrue(result.fits());
        assertEquals("Somebody New", result.input().requester());
        assertEquals(null, result.input().desiredDate());
        assertEquals(Complexity.MEDIUM, result.input().complexity());
        assertTrue(result.input().notes().contains("Desired timeline: whenever the team has room"));
        assertTrue(result.input().notes().contains("Complexity: very"));
        assertEquals(3, result.warnings().size(), result.warnings().toString());
        assertTrue(result.message().contains("Requester “Somebody New” is not in the people directory."), result.message());
    }
}
