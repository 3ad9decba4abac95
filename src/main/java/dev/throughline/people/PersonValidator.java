package dev.throughline.people;

import dev.throughline.validation.Problems;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a person, shared by the form (live) and the service (before writing). */
public final class PersonValidator {

    public static final String NAME = "name";
    public static final String FUNCTION = "function";
    public static final String EMAIL = "email";
    public static final String SLACK = "slack";
    public static final String ZONE = "zone";
    public static final String WORK_START = "workStart";
    public static final String WORK_END = "workEnd";

    private static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern SLACK_SHAPE = Pattern.compile("^@?[a-z0-9._-]{1,80}$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME = 120;

    private PersonValidator() {
    }

    /**
     * @param emailsInUse lower-case emails of other people (not the one being edited)
     */
    public static Problems check(PersonInput in, Set<String> emailsInUse) {
        Problems p = new Problems();
        String name = trim(in.name());
        p.require(!name.isEmpty(), NAME, "Name is required.");
        p.require(name.length() <= MAX_NAME, NAME, "Name is longer than " + MAX_NAME + " characters.");
        p.require(in.function() != null, FUNCTION, "Choose a function.");
        String email = trim(in.email());
        if (!email.isEmpty()) {
            if (!EMAIL_SHAPE.matcher(email).matches()) {
                p.add(EMAIL, "'" + email + "' is not a valid email address.");
            } else if (emailsInUse.contains(email.toLowerCase(java.util.Locale.ROOT))) {
                p.add(EMAIL, email + " already belongs to someone else in the directory.");
            }
        }
        String slack = trim(in.slack());
        p.require(slack.isEmpty() || SLACK_SHAPE.matcher(slack).matches(), SLACK,
                "Slack handle may hold letters, digits, '.', '_' and '-' only.");
        String zone = trim(in.zone());
        if (zone.isEmpty()) {
            p.add(ZONE, "Time zone is required (for example America/Los_Angeles).");
        } else if (parseZone(zone) == null) {
            p.add(ZONE, "'" + zone + "' is not a time zone id (for example America/Los_Angeles or Europe/Berlin).");
        }
        LocalTime start = parseTime(in.workStart());
        LocalTime end = parseTime(in.workEnd());
        p.require(start != null, WORK_START, "Start of working hours must be a time like 08:00.");
        p.require(end != null, WORK_END, "End of working hours must be a time like 16:00.");
        if (start != null && end != null && !end.isAfter(start)) {
            p.add(WORK_END, "Working hours must end after they start.");
        }
        return p;
    }

    /** Validates and builds the person; throws {@link dev.throughline.validation.ValidationException}. */
    public static Person toPerson(long id, PersonInput in, Set<String> emailsInUse) {
        check(in, emailsInUse).throwIfAny();
        String slack = trim(in.slack());
        if (!slack.isEmpty() && !slack.startsWith("@")) {
            slack = "@" + slack;
        }
        return new Person(id, trim(in.name()), trim(in.role()), in.function(), trim(in.email()), slack,
                trim(in.gitlab()), parseZone(trim(in.zone())), parseTime(in.workStart()), parseTime(in.workEnd()));
    }

    private static ZoneId parseZone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final java.time.format.DateTimeFormatter HOURS_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(trim(text), HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
