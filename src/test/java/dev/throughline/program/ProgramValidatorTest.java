package dev.throughline.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.Problems;
import dev.throughline.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the program form: what a user typing into it is told, field by field. */
class ProgramValidatorTest {

    private static final long MAYA = 1;
    private static final long ELENA = 2;
    private static final Set<Long> PEOPLE = Set.of(MAYA, ELENA);
    private static final Set<String> NO_KEYS = Set.of();
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    /** A valid program; each test changes one field through {@link Builder}. */
    private static Builder valid() {
        return new Builder();
    }

    private static final class Builder {
        String key = "CHK-12";
        String name = "Checkout redesign";
        String objective = "Fewer abandoned carts";
        ProgramStatus status = ProgramStatus.ACTIVE;
        Health health = Health.ON_TRACK;
        String healthReason = "";
        Long tpgm = MAYA;
        Long sponsor = ELENA;
        LocalDate start = MAY_1;
        LocalDate target = MAY_1.plusMonths(3);
        Priority priority = Priority.P1;
        String channel = "#chk-redesign";
        String links = "https://example.com/chk";

        Builder key(String v) { key = v; return this; }
        Builder name(String v) { name = v; return this; }
        Builder status(ProgramStatus v) { status = v; return this; }
        Builder health(Health v, String reason) { health = v; healthReason = reason; return this; }
        Builder tpgm(Long v) { tpgm = v; return this; }
        Builder sponsor(Long v) { sponsor = v; return this; }
        Builder dates(LocalDate s, LocalDate t) { start = s; target = t; return this; }
        Builder priority(Priority v) { priority = v; return this; }
        Builder channel(String v) { channel = v; return this; }
        Builder links(String v) { links = v; return this; }

        ProgramInput input() {
            return new ProgramInput(key, name, objective, status, health, healthReason, tpgm, sponsor, start, target,
                    priority, channel, links);
        }

        Problems check() {
            return ProgramValidator.check(input(), NO_KEYS, PEOPLE);
        }

        Program toProgram() {
            return ProgramValidator.toProgram(0, false, input(), NO_KEYS, PEOPLE);
        }
    }

    private static String onlyProblem(Problems problems, String field) {
        List<FieldProblem> list = problems.list();
        assertEquals(1, list.size(), () -> "expected exactly one problem on " + field + " but got " + list);
        assertEquals(field, list.get(0).field(), () -> "problem reported on the wrong field: " + list);
        return list.get(0).message();
    }

    private static void assertNoProblems(Problems problems) {
        assertTrue(problems.isEmpty(), () -> "unexpected problems: " + problems.list());
    }

    @Test
    void aCompleteProgramHasNoProblems() {
        assertNoProblems(valid().check());
    }

    @Nested
    class Key {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void isRequired(String key) {
            assertEquals("Key is required, for example CHK-12.", onlyProblem(valid().key(key).check(), ProgramValidator.KEY));
        }

        @ParameterizedTest
        @CsvSource({
                "CHK-12,          CHK-12",
                "chk-12,          CHK-12",
                "Chk-12,          CHK-12",
                "'  chk-12  ',    CHK-12",
                "AB-1,            AB-1",
                "A1-7,            A1-7",
                "TOOLONGKEY-1,    TOOLONGKEY-1",
                "CHK-12345,       CHK-12345",
        })
        void acceptsLettersDashNumberAndStoresItUpperCase(String typed, String stored) {
            assertNoProblems(valid().key(typed).check());
            assertEquals(stored, valid().key(typed).toProgram().key());
        }

        @ParameterizedTest
        @ValueSource(strings = {"12-CHK", "C-1", "TOOLONGKEY12-1", "CHK12", "CHK-", "-12", "CHK-123456", "CHK_12",
                "CHK 12", "CHK-1A", "1CHK-2", "CHK--12"})
        void refusesOtherShapes(String key) {
            String message = onlyProblem(valid().key(key).check(), ProgramValidator.KEY);
            assertTrue(message.startsWith("Key must look like CHK-12"), message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CHK-12", "chk-12", "Chk-12", " CHK-12 "})
        void mustBeUniqueIgnoringCase(String key) {
            Problems problems = ProgramValidator.check(valid().key(key).input(), Set.of("CHK-12"), PEOPLE);
            assertEquals("Another program already uses the key CHK-12.", onlyProblem(problems, ProgramValidator.KEY));
        }

        @Test
        void otherKeysInUseDoNotBlockIt() {
            assertNoProblems(ProgramValidator.check(valid().key("CHK-13").input(), Set.of("CHK-12", "SSO-7"), PEOPLE));
        }

        @Test
        void normalizeKeyTrimsAndUpperCases() {
            assertEquals("SSO-7", ProgramValidator.normalizeKey(" sso-7 "));
            assertEquals("", ProgramValidator.normalizeKey(null));
        }
    }

    @Nested
    class Name {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void isRequired(String name) {
            assertEquals("Name is required.", onlyProblem(valid().name(name).check(), ProgramValidator.NAME));
        }

        @Test
        void mayBe120CharactersButNotMore() {
            assertNoProblems(valid().name("n".repeat(120)).check());
            assertEquals("Name is longer than 120 characters.",
                    onlyProblem(valid().name("n".repeat(121)).check(), ProgramValidator.NAME));
        }
    }

    @Nested
    class StatusAndHealth {

        @Test
        void statusIsRequired() {
            assertEquals("Choose a status.", onlyProblem(valid().status(null).check(), ProgramValidator.STATUS));
        }

        @Test
        void healthIsRequired() {
            assertEquals("Choose a health.", onlyProblem(valid().health(null, "").check(), ProgramValidator.HEALTH));
        }

        @ParameterizedTest
        @CsvSource({"AT_RISK, Say why the program is at risk.", "OFF_TRACK, Say why the program is off track."})
        void aReasonIsRequiredWhenNotOnTrack(Health health, String expected) {
            assertEquals(expected, onlyProblem(valid().health(health, "").check(), ProgramValidator.HEALTH_REASON));
            assertEquals(expected, onlyProblem(valid().health(health, "   ").check(), ProgramValidator.HEALTH_REASON));
            assertEquals(expected, onlyProblem(valid().health(health, null).check(), ProgramValidator.HEALTH_REASON));
        }

        @ParameterizedTest
        @EnumSource(value = Health.class, names = {"AT_RISK", "OFF_TRACK"})
        void aGivenReasonIsKeptTrimmed(Health health) {
            Builder b = valid().health(health, "  Payments vendor slipped  ");
            assertNoProblems(b.check());
            Program program = b.toProgram();
            assertEquals(health, program.health());
            assertEquals("Payments vendor slipped", program.healthReason());
        }

        @ParameterizedTest
        @NullAndEmptySource
        void onTrackNeedsNoReason(String reason) {
            assertNoProblems(valid().health(Health.ON_TRACK, reason).check());
        }
    }

    @Nested
    class People {

        @Test
        void tpgmIsRequired() {
            assertEquals("Choose the TPgM who runs this program.",
                    onlyProblem(valid().tpgm(null).check(), ProgramValidator.TPGM));
        }

        @Test
        void tpgmMustBeInTheDirectory() {
            assertEquals("The chosen TPgM is no longer in the directory.",
                    onlyProblem(valid().tpgm(99L).check(), ProgramValidator.TPGM));
        }

        @Test
        void sponsorIsOptional() {
            Builder b = valid().sponsor(null);
            assertNoProblems(b.check());
            assertEquals(null, b.toProgram().sponsorId());
        }

        @Test
        void sponsorMustBeInTheDirectoryWhenGiven() {
            assertEquals("The chosen sponsor is no longer in the directory.",
                    onlyProblem(valid().sponsor(99L).check(), ProgramValidator.SPONSOR));
        }

        @Test
        void tpgmAndSponsorMayBeTheSamePerson() {
            assertNoProblems(valid().tpgm(MAYA).sponsor(MAYA).check());
        }

        @Test
        void anEmptyDirectoryRefusesAnyTpgm() {
            Problems problems = ProgramValidator.check(valid().sponsor(null).input(), NO_KEYS, Set.of());
            assertEquals("The chosen TPgM is no longer in the directory.", onlyProblem(problems, ProgramValidator.TPGM));
        }
    }

    @Nested
    class Dates {

        @Test
        void targetBeforeStartIsRefusedNamingBothDates() {
            String message = onlyProblem(valid().dates(MAY_1, MAY_1.minusDays(1)).check(), ProgramValidator.TARGET);
            assertEquals("Target date 2026-04-30 is before the start 2026-05-01.", message);
        }

        @Test
        void targetOnTheStartDayIsAccepted() {
            assertNoProblems(valid().dates(MAY_1, MAY_1).check());
        }

        @Test
        void eitherDateMayBeMissing() {
            assertNoProblems(valid().dates(null, MAY_1).check());
            assertNoProblems(valid().dates(MAY_1, null).check());
            assertNoProblems(valid().dates(null, null).check());
        }
    }

    @Nested
    class Channel {

        @ParameterizedTest
        @CsvSource({
                "#chk-redesign,      #chk-redesign",
                "chk-redesign,       #chk-redesign",
                "'  chk.team_2  ',   #chk.team_2",
                "'',                 ''",
        })
        void isStoredWithOneHash(String typed, String stored) {
            Builder b = valid().channel(typed);
            assertNoProblems(b.check());
            assertEquals(stored, b.toProgram().channel());
        }

        @Test
        void isOptional() {
            assertNoProblems(valid().channel(null).check());
            assertEquals("", valid().channel(null).toProgram().channel());
        }

        @ParameterizedTest
        @ValueSource(strings = {"#CHK", "Chk-redesign", "##chk", "#", "chk redesign", "#chk!", "@chk"})
        void refusesOtherShapes(String channel) {
            String message = onlyProblem(valid().channel(channel).check(), ProgramValidator.CHANNEL);
            assertTrue(message.contains("like #chk-redesign"), message);
        }
    }

    @Nested
    class Links {

        @Test
        void areOptional() {
            assertNoProblems(valid().links("").check());
            assertNoProblems(valid().links(null).check());
            assertEquals(List.of(), valid().links("  \n \n").toProgram().links());
        }

        @Test
        void areOnePerLineTrimmedWithBlankLinesDropped() {
            Builder b = valid().links(" https://example.com/a \n\nhttp://wiki.example.com/chk\r\nHTTPS://EXAMPLE.COM/B\n");
            assertNoProblems(b.check());
            assertEquals(List.of("https://example.com/a", "http://wiki.example.com/chk", "HTTPS://EXAMPLE.COM/B"),
                    b.toProgram().links());
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "ftp://files.example.com/x",
                "file:///etc/passwd", "mailto:maya@example.com", "example.com/chk", "https://", "http:///path",
                "https://exa mple.com", "data:text/html,<b>hi</b>"})
        void mustBeHttpOrHttpsWithAHost(String link) {
            String message = onlyProblem(valid().links(link).check(), ProgramValidator.LINKS);
            assertEquals("'" + link + "' is not an http(s) link.", message);
        }

        @Test
        void oneBadLineAmongGoodOnesIsNamed() {
            String message = onlyProblem(valid().links("https://example.com\njavascript:alert(1)\nhttps://ok.example")
                    .check(), ProgramValidator.LINKS);
            assertEquals("'javascript:alert(1)' is not an http(s) link.", message);
        }
    }

    @Nested
    class ToProgram {

        @Test
        void buildsTheStoredProgram() {
            Program program = ProgramValidator.toProgram(5, true, valid().key("chk-12").channel("chk-redesign").input(),
                    NO_KEYS, PEOPLE);
            assertEquals(new Program(5, "CHK-12", "Checkout redesign", "Fewer abandoned carts", ProgramStatus.ACTIVE,
                    Health.ON_TRACK, "", MAYA, ELENA, MAY_1, MAY_1.plusMonths(3), Priority.P1, "#chk-redesign",
                    List.of("https://example.com/chk"), true), program);
        }

        @Test
        void aMissingPriorityBecomesP2() {
            assertEquals(Priority.P2, valid().priority(null).toProgram().priority());
        }

        @Test
        void refusesInvalidInputWithEveryProblem() {
            ProgramInput bad = new ProgramInput("12-CHK", "", "", ProgramStatus.ACTIVE, Health.AT_RISK, "", null, 99L,
                    MAY_1, MAY_1.minusDays(1), Priority.P0, "#Bad Channel", "javascript:alert(1)");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ProgramValidator.toProgram(0, false, bad, NO_KEYS, PEOPLE));
            assertEquals(List.of(ProgramValidator.KEY, ProgramValidator.NAME, ProgramValidator.HEALTH_REASON,
                            ProgramValidator.TPGM, ProgramValidator.SPONSOR, ProgramValidator.TARGET,
                            ProgramValidator.CHANNEL, ProgramValidator.LINKS),
                    e.problems().stream().map(FieldProblem::field).toList());
        }

        @Test
        void roundTripsThroughTheFormInput() {
            Program program = ProgramValidator.toProgram(3, false, valid().input(), NO_KEYS, PEOPLE);
            assertEquals(program, ProgramValidator.toProgram(3, false, ProgramInput.of(program), NO_KEYS, PEOPLE));
        }
    }

    @Nested
    class ObjectiveText {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n"})
        void isRequired(String text) {
            Problems problems = new ObjectiveInput(text, "%", "4.1", "3.6").check();
            assertEquals("Say what the objective is.", onlyProblem(problems, ObjectiveInput.TEXT));
            assertThrows(ValidationException.class,
                    () -> new ObjectiveInput(text, "%", "4.1", "3.6").toObjective(0, 1, 1));
        }

        @Test
        void isEnoughOnItsOwn() {
            assertTrue(new ObjectiveInput("Raise conversion", null, null, null).check().isEmpty());
            assertEquals(new Objective(0, 9, 2, "Raise conversion", "", "", ""),
                    new ObjectiveInput(" Raise conversion ", null, null, null).toObjective(0, 9, 2));
        }

        @Test
        void mayBe300CharactersButNotMore() {
            assertTrue(new ObjectiveInput("t".repeat(300), "", "", "").check().isEmpty());
            assertEquals("Objective is longer than 300 characters.",
                    onlyProblem(new ObjectiveInput("t".repeat(301), "", "", "").check(), ObjectiveInput.TEXT));
        }

        @Test
        void measureTargetAndCurrentAreTrimmed() {
            assertEquals(new Objective(4, 9, 1, "Raise conversion", "%", "4.1", "3.6"),
                    new ObjectiveInput("Raise conversion", " % ", " 4.1 ", " 3.6 ").toObjective(4, 9, 1));
        }
    }

    @Test
    void theBlankFormOnlyLacksKeyNameAndTpgm() {
        Problems problems = ProgramValidator.check(ProgramInput.blank(), NO_KEYS, PEOPLE);
        assertEquals(List.of(ProgramValidator.KEY, ProgramValidator.NAME, ProgramValidator.TPGM),
                problems.list().stream().map(FieldProblem::field).toList());
        assertFalse(problems.messageFor(ProgramValidator.TPGM).isEmpty());
    }
}
