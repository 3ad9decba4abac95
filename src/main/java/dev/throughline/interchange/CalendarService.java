package dev.throughline.interchange;

import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.MeetingService;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.people.PeopleService;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramService;
import dev.throughline.store.OutputTarget;
import dev.throughline.validation.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Calendar files of a program: export its syncs and milestones as .ics, import series from .ics (all or nothing). */
public final class CalendarService {

    /** What goes into an exported calendar. */
    public enum Content { SERIES, MILESTONES, BOTH }

    private final Clock clock;
    private final ProgramService programs;
    private final PeopleService people;
    private final MilestoneService milestones;
    private final MeetingService meetings;

    public CalendarService(Clock clock, ProgramService programs, PeopleService people, MilestoneService milestones,
                           MeetingService meetings) {
        this.clock = clock;
        this.programs = programs;
        this.people = people;
        this.milestones = milestones;
        this.meetings = meetings;
    }

    /** The program's calendar as text; {@code onlySeries} narrows it to one series (null: all). */
    public String export(long programId, Content content, Long onlySeries) {
        Program program = programs.get(programId);
        List<MeetingSeries> series = content == Content.MILESTONES ? List.of() : meetings.series(programId).stream()
                .filter(s -> onlySeries == null || s.id() == onlySeries).toList();
        List<IcsExport.MilestoneEvent> events = content == Content.SERIES ? List.of()
                : milestones.rows(programId, null).stream()
                .map(r -> new IcsExport.MilestoneEvent(program.key(), r.milestone(), r.owner())).toList();
        Map<Long, Person> directory = people.all().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return IcsExport.calendar(program.key() + " — " + program.name(), series, events, directory, clock.instant());
    }

    /** Writes the export to {@code file} whole (temporary file, then move); returns how many events it holds. */
    public int exportTo(long programId, Content content, Long onlySeries, OutputTarget file) {
        String text = export(programId, content, onlySeries);
        file.writeText(text);
        return (text.length() - text.replace("BEGIN:VEVENT", "").length()) / "BEGIN:VEVENT".length();
    }

    /** Reads series from {@code file} and adds them all to the program in one undoable step, or none of them. */
    public Imported importFrom(long programId, Path file) {
        String text;
        try {
            SourceFile.check(file);
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (ImportFileException e) {
            throw e.asValidation();
        } catch (IOException e) {
            throw new ValidationException("file", "Could not read " + file + ": " + e.getMessage());
        }
        Map<String, Long> emails = people.all().stream().filter(p -> p.email() != null && !p.email().isBlank())
                .collect(Collectors.toMap(p -> p.email().toLowerCase(Locale.ROOT), Person::id, (a, b) -> a));
        IcsImport.Result read = IcsImport.read(file.getFileName().toString(), text, emails);
        List<MeetingSeries> created = meetings.createAll(programId, read.series());
        return new Imported(created, read.notes());
    }

    /** Series added by an import and what the user should know about it. */
    public record Imported(List<MeetingSeries> series, List<String> notes) {
    }
}
