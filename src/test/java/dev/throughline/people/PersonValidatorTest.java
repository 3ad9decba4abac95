package dev.throughline.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.Problems;
import dev.throughline.validation.ValidationException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the person form: what a user typing into it is told, field by field. */
class PersonValidatorTest {

    private static final Set<String> NO_EMAILS = Set.of();

    /** A valid person; each test changes one field. */
    private static PersonInput valid() {
        return new PersonInput("Maya Okafor", "Senior TPgM", Function.PM, "maya@example.com", "@maya", "mokafor",
                "America/Los_Angeles", "08:00", "16:00");
    }

    private static PersonInput withName(String name) {
        PersonInput v = valid();
        return new PersonInput(name, v.role(), v.function(), v.email(), v.slack(), v.gitlab(), v.zone(), v.workStart(),
                v.workEnd());
    }

    private static PersonInput withFunction(Function function) {
        PersonInput v = valid();
        return new PersonInput(v.name(), v.role(), function, v.email(), v.slack(), v.gitlab(), v.zone(), v.workStart(),
                v.workEnd());
    }

    private static PersonInput withEmail(String email) {
        PersonInput v = valid();
        return new PersonInput(v.name(), v.role(), v.function(), email, v.slack(), v.gitlab(), v.zone(), v.workStart(),
                v.workEnd());
    }

    private static PersonInput withSlack(String slack) {
        PersonInput v = valid();
        return new PersonInput(v.name(), v.role(), v.function(), v.email(), slack, v.gitlab(), v.zone(), v.workStart(),
                v.workEnd());
    }

    private static PersonInput withZone(String zone) {
        PersonInput v = valid();
        return new PersonInput(v.name(), v.role(), v.function(), v.email(), v.slack(), v.gitlab(), zone, v.workStart(),
                v.workEnd());
    }

    private static PersonInput withHours(String start, String end) {
        PersonInput v = valid();
        return new PersonInput(v.name(), v.role(), v.function(), v.email(), v.slack(), v.gitlab(), v.zone(), start, end);
    }

    private static Problems check(PersonInput input) {
        return PersonValidator.check(input, NO_EMAILS);
    }

    /** Asserts that exactly one problem is reported, on {@code field}, and returns its message. */
    private static String onlyProblem(Problems problems, String field) {
        List<FieldProblem> list = problems.list();
        assertEquals(1, list.size(), () -> "expected exactly one problem on " + field + " but got " + list);
        assertEquals(field, list.get(0).field(), () -> "problem reported on the wrong field: " + list);
        return list.get(0).message();
    }

    @Test
    void aCompletePersonHasNoProblems() {
        Problems problems = check(valid());
        assertTrue(problems.isEmpty(), () -> "unexpected problems: " + problems.list());
    }

    @Test
    void theBlankFormIsValidExceptForTheName() {
        // What a user sees when they open "Add person": only the name still needs typing.
        assertEquals("Name is required.", onlyProblem(check(PersonInput.blank()), PersonValidator.NAME));
    }

    @Nested
    class Name {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t", " \n "})
        void isRequired(String name) {
            assertEquals("Name is required.", onlyProblem(check(withName(name)), PersonValidator.NAME));
        }

        @Test
        void mayBe120CharactersLong() {
            assertTrue(check(withName("n".repeat(120))).isEmpty());
        }

        @Test
        void isRefusedAbove120Characters() {
            String message = onlyProblem(check(withName("n".repeat(121))), PersonValidator.NAME);
            assertEquals("Name is longer than 120 characters.", message);
        }

        @Test
        void surroundingSpacesDoNotCountTowardsTheLimitAndAreDroppedOnSave() {
            String name = "  " + "n".repeat(120) + "  ";
            assertTrue(check(withName(name)).isEmpty());
            assertEquals("n".repeat(120), PersonValidator.toPerson(0, withName(name), NO_EMAILS).name());
        }
    }

    @Nested
    class FunctionField {

        @Test
        void isRequired() {
            assertEquals("Choose a function.", onlyProblem(check(withFunction(null)), PersonValidator.FUNCTION));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.EnumSource(Function.class)
        void everyFunctionIsAccepted(Function function) {
            assertTrue(check(withFunction(function)).isEmpty());
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void isOptional(String email) {
            assertTrue(check(withEmail(email)).isEmpty());
            assertEquals("", PersonValidator.toPerson(0, withEmail(email), NO_EMAILS).email());
        }

        @ParameterizedTest
        @ValueSource(strings = {"maya@example.com", "maya.okafor+tl@mail.example.co.uk", "M.O@Example.ORG"})
        void acceptsUsualAddresses(String email) {
            assertTrue(check(withEmail(email)).isEmpty(), email);
        }

        @ParameterizedTest
        @ValueSource(strings = {"maya", "maya@", "@example.com", "maya@example", "maya@example.c",
                "maya okafor@example.com", "maya@@example.com", "maya@exa mple.com"})
        void mustBeAnAddressWhenGiven(String email) {
            String message = onlyProblem(check(withEmail(email)), PersonValidator.EMAIL);
            assertEquals("'" + email + "' is not a valid email address.", message);
        }

        @Test
        void isCheckedWithoutItsSurroundingSpaces() {
            assertTrue(check(withEmail("  maya@example.com  ")).isEmpty());
            assertEquals("maya@example.com",
                    PersonValidator.toPerson(0, withEmail("  maya@example.com  "), NO_EMAILS).email());
        }

        @ParameterizedTest
        @ValueSource(strings = {"maya@example.com", "Maya@Example.com", "MAYA@EXAMPLE.COM", " maya@example.com "})
        void mustNotBelongToSomeoneElseIgnoringCase(String email) {
            Problems problems = PersonValidator.check(withEmail(email), Set.of("maya@example.com"));
            String message = onlyProblem(problems, PersonValidator.EMAIL);
            assertEquals(email.strip() + " already belongs to someone else in the directory.", message);
        }

        @Test
        void anotherPersonsEmailDoesNotBlockADifferentOne() {
            assertTrue(PersonValidator.check(withEmail("maya@example.com"), Set.of("priya@example.com")).isEmpty());
        }

        @Test
        void aMalformedAddressIsReportedOnceNotAlsoAsDuplicate() {
            Problems problems = PersonValidator.check(withEmail("maya@"), Set.of("maya@"));
            assertEquals("'maya@' is not a valid email address.", onlyProblem(problems, PersonValidator.EMAIL));
        }
    }

    @Nested
    class Slack {

        @ParameterizedTest
        @CsvSource({
                "maya,          @maya",
                "@maya,         @maya",
                "maya.okafor,   @maya.okafor",
                "maya_o-2,      @maya_o-2",
                "'  @Maya  ',   @Maya",
        })
        void isNormalisedToStartWithOneAt(String typed, String stored) {
            assertTrue(check(withSlack(typed)).isEmpty(), typed);
            assertEquals(stored, PersonValidator.toPerson(0, withSlack(typed), NO_EMAILS).slack());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void isOptionalAndStaysEmptyWithoutAnAt(String typed) {
            assertTrue(check(withSlack(typed)).isEmpty());
            assertEquals("", PersonValidator.toPerson(0, withSlack(typed), NO_EMAILS).slack());
        }

        @ParameterizedTest
        @ValueSource(strings = {"@", "@@maya", "maya okafor", "maya!", "#maya", "maya@work", "ma/ya"})
        void refusesOtherCharacters(String typed) {
            String message = onlyProblem(check(withSlack(typed)), PersonValidator.SLACK);
            assertEquals("Slack handle may hold letters, digits, '.', '_' and '-' only.", message);
        }

        @Test
        void mayBe80CharactersAfterTheAt() {
            assertTrue(check(withSlack("@" + "a".repeat(80))).isEmpty());
            assertFalse(check(withSlack("@" + "a".repeat(81))).isEmpty());
        }
    }

    @Nested
    class Zone {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void isRequired(String zone) {
            String message = onlyProblem(check(withZone(zone)), PersonValidator.ZONE);
            assertEquals("Time zone is required (for example America/Los_Angeles).", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mars/Olympus", "America/Atlantis", "Berlin", "GMT+25", "not a zone"})
        void mustBeAZoneIdAndTheMessageNamesWhatWasTyped(String zone) {
            String message = onlyProblem(check(withZone(zone)), PersonValidator.ZONE);
            assertTrue(message.startsWith("'" + zone + "' is not a time zone id"), message);
            assertTrue(message.contains("America/Los_Angeles"), "the message shows an example: " + message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC", " Europe/Dublin "})
        void acceptsRegionIds(String zone) {
            assertTrue(check(withZone(zone)).isEmpty(), zone);
            assertEquals(ZoneId.of(zone.strip()), PersonValidator.toPerson(0, withZone(zone), NO_EMAILS).zone());
        }
    }

    @Nested
    class WorkingHours {

        @ParameterizedTest
        @CsvSource({"08:00, 16:00", "00:00, 23:59", "09:30, 09:31", "' 07:15 ', ' 15:45 '"})
        void acceptsTimesLikeHhMm(String start, String end) {
            assertTrue(check(withHours(start, end)).isEmpty(), start + "–" + end);
            Person person = PersonValidator.toPerson(0, withHours(start, end), NO_EMAILS);
            assertEquals(LocalTime.parse(start.strip()), person.workStart());
            assertEquals(LocalTime.parse(end.strip()), person.workEnd());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"8am", "8:00", "08.00", "24:00", "08:60", "0800", "eight", "08:00:30"})
        void startMustBeATime(String start) {
            String message = onlyProblem(check(withHours(start, "16:00")), PersonValidator.WORK_START);
            assertEquals("Start of working hours must be a time like 08:00.", message);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"4pm", "16", "16h00", "25:00", "16:00 PST"})
        void endMustBeATime(String end) {
            String message = onlyProblem(check(withHours("08:00", end)), PersonValidator.WORK_END);
            assertEquals("End of working hours must be a time like 16:00.", message);
        }

        @Test
        void bothBadTimesAreReportedAndNotAlsoTheOrder() {
            Problems problems = check(withHours("x", "y"));
            assertEquals(List.of(PersonValidator.WORK_START, PersonValidator.WORK_END),
                    problems.list().stream().map(FieldProblem::field).toList());
        }

        @ParameterizedTest
        @CsvSource({"16:00, 08:00", "08:00, 08:00", "22:00, 06:00", "12:01, 12:00"})
        void mustEndAfterTheyStart(String start, String end) {
            String message = onlyProblem(check(withHours(start, end)), PersonValidator.WORK_END);
            assertEquals("Working hours must end after they start.", message);
        }
    }

    @Nested
    class ToPerson {

        @Test
        void buildsTheStoredPersonFromTrimmedInput() {
            PersonInput typed = new PersonInput("  Maya Okafor ", " Senior TPgM ", Function.PM, " maya@example.com ",
                    " maya ", " mokafor ", " America/Los_Angeles ", " 08:00 ", " 16:00 ");
            Person person = PersonValidator.toPerson(42, typed, NO_EMAILS);
            assertEquals(new Person(42, "Maya Okafor", "Senior TPgM", Function.PM, "maya@example.com", "@maya",
                    "mokafor", ZoneId.of("America/Los_Angeles"), LocalTime.of(8, 0), LocalTime.of(16, 0)), person);
        }

        @Test
        void refusesInvalidInputWithEveryProblem() {
            PersonInput bad = new PersonInput("", "", null, "nope", "bad handle", "", "Mars/Olympus", "9", "17:00");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> PersonValidator.toPerson(0, bad, NO_EMAILS));
            assertEquals(List.of(PersonValidator.NAME, PersonValidator.FUNCTION, PersonValidator.EMAIL,
                            PersonValidator.SLACK, PersonValidator.ZONE, PersonValidator.WORK_START),
                    e.problems().stream().map(FieldProblem::field).toList());
            assertTrue(e.getMessage().contains("'Mars/Olympus' is not a time zone id"), e.getMessage());
        }

        @Test
        void refusesAnEmailInUse() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> PersonValidator.toPerson(0, withEmail("MAYA@example.com"), Set.of("maya@example.com")));
            assertEquals(Optional.of(PersonValidator.EMAIL), e.problems().stream().map(FieldProblem::field).findFirst());
        }

        @Test
        void roundTripsThroughTheFormInput() {
            Person person = PersonValidator.toPerson(7, valid(), NO_EMAILS);
            assertEquals(person, PersonValidator.toPerson(7, PersonInput.of(person), NO_EMAILS));
        }
    }
}
