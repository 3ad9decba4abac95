package dev.throughline.intake;

import dev.throughline.people.Function;
import dev.throughline.people.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an intake message pasted from the team's channel ("**Requester:** Elena Brooks", "## Problem",
 * "- Complexity: High", "- [x] UX"...) into the form's fields. Fields the message names replace the form's;
 * anything that fits no field is appended to the notes, so nothing typed is lost. A message with fewer
 * than {@link #MINIMUM_FIELDS} template fields is refused and changes nothing.
 */
public final class IntakeMarkdown {

    public static final int MINIMUM_FIELDS = 2;

    /** The template's fields, in the order they are listed when a message fits none. */
    enum Field {
        REQUESTER("Requester", "requester", "requestedby", "from", "requestor", "askedby"),
        INITIATIVE("Initiative", "initiative", "project", "title", "name", "initiativename", "request"),
        PROBLEM("Problem", "problem", "problemstatement", "theproblem", "whatproblem", "context"),
        OUTCOME("Desired outcome", "desiredoutcome", "outcome", "goal", "goals", "successlookslike"),
        COMPLEXITY("Complexity", "complexity"),
        FUNCTIONS("Functions involved", "functionsinvolved", "functions", "teamsinvolved", "teams",
                "crossfunctionalteams"),
        CRITICALITY("Business criticality", "businesscriticality", "criticality", "priority", "businessimpact"),
        TIMELINE("Desired timeline", "desiredtimeline", "timeline", "desireddate", "neededby", "targetdate",
                "deadline", "due"),
        LINKS("Links", "links", "link", "issue", "epic", "issueorepic", "linkstotheissueorepic", "references"),
        CHANNEL("Channel", "channel", "slackchannel"),
        SECTION("Why it needs program support", "whyitneedsprogramsupport", "whyprogramsupport",
                "whydoesitneedprogramsupport", "whyprogrammanagement");

        private final String label;
        private final List<String> aliases;

        Field(String label, String... aliases) {
            this.label = label;
            this.aliases = List.of(aliases);
        }

        /**
         * Whether an unlabelled line after this field's label belongs to it: any line of the free-text fields,
         * list items of the functions, links of the links; a one-value field takes only its first line, so a
         * trailing sentence ("Budget approved by the CRO last week.") goes to the notes instead of being lost.
         */
        boolean continuesWith(String line, List<String> sofar) {
            return switch (this) {
                case PROBLEM, OUTCOME -> true;
                case FUNCTIONS -> sofar.isEmpty() || line.matches("^[-*+]\\s+.*") || CHECKBOX.matcher(line).matches();
                case LINKS -> sofar.isEmpty() || URL.matcher(line).find();
                default -> sofar.isEmpty();
            };
        }

        static Optional<Field> byLabel(String label) {
            String key = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (Field f : values()) {
                if (f.aliases.contains(key)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** What the paste produced: the form's new values, which fields it filled, and what needs a look. */
    public record Result(boolean fits, IntakeInput input, List<String> filled, List<String> warnings, String message) {
    }

    private static final Pattern LABELLED = Pattern.compile(
            "^(?:[-*+>]\\s+|#{1,6}\\s+)?(?:\\*\\*|__)?([A-Za-z][A-Za-z ()/&'?-]{0,60}?)\\s*(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(?:#{1,6}\\s+|\\*\\*|__)([^*_:]{2,60}?)(?:\\*\\*|__)?\\s*:?\\s*$");
    private static final Pattern CHECKBOX = Pattern.compile("^[-*+]?\\s*\\[([ xX])]\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+");
    private static final Pattern CHANNEL = Pattern.compile("#[a-z0-9._-]{1,80}");
    private static final Pattern QUARTER = Pattern.compile("(?i)^Q([1-4])\\s*(?:FY)?\\s*'?(\\d{2}|\\d{4})$");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

    private IntakeMarkdown() {
    }

    /** Reads {@code markdown} over {@code current}; {@code people} resolves names and Slack handles. */
    public static Result parse(String markdown, IntakeInput current, List<Person> people) {
        Map<Field, List<String>> sections = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Field open = null;
        for (String raw : splitGluedLabels(markdown == null ? "" : markdown).split("\\R")) {
            String line = raw.strip();
            Matcher labelled = LABELLED.matcher(line);
            Matcher heading = HEADING.matcher(line);
            Optional<Field> field = Optional.empty();
            String value = "";
            if (labelled.matches() && !line.matches("(?i)^[-*+]?\\s*https?:.*")) {
                field = Field.byLabel(labelled.group(1));
                value = labelled.group(2);
                if (field.isEmpty() && (open == null || open == Field.SECTION || looksLikeALabel(line))) {
                    notes.add(line);
                    open = Field.SECTION;
                    continue;
                }
            } else if (heading.matches()) {
                field = Field.byLabel(heading.group(1));
            }
            if (field.isPresent()) {
                open = field.get();
                List<String> lines = sections.computeIfAbsent(open, k -> new ArrayList<>());
                if (!value.isBlank()) {
                    lines.add(value.strip());
                }
            } else if (open != null && open != Field.SECTION) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> lines = sections.get(open);
                if (open.continuesWith(line, lines)) {
                    lines.add(line);
                } else {
                    notes.add(line);
                }
            } else if (!line.isEmpty()) {
                notes.add(line);
            }
        }
        sections.getOrDefault(Field.SECTION, List.of()).forEach(notes::add);
        sections.remove(Field.SECTION);
        if (sections.size() < MINIMUM_FIELDS) {
            return new Result(false, current, List.of(), List.of(), "This message does not follow the intake template:"
                    + " it has " + (sections.isEmpty() ? "none" : "only " + sections.keySet().iterator().next().label)
                    + " of the template's fields (" + templateFields() + "), each written as “Field: value”."
                    + " Nothing was filled; your text is still in the box.");
        }
        return fill(sections, notes, current, people);
    }

    private static Result fill(Map<Field, List<String>> sections, List<String> notes, IntakeInput in, List<Person> people) {
        String requester = in.requester();
        String initiative = in.initiative();
        String problem = in.problem();
        String outcome = in.outcome();
        Complexity complexity = in.complexity();
        Set<Function> functions = in.functions();
        String others = in.otherFunctions();
        Criticality criticality = in.criticality();
        LocalDate desired = in.desiredDate();
        String links = in.links();
        String channel = in.channel();
        List<String> filled = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<Field, List<String>> e : sections.entrySet()) {
            String text = String.join("\n", e.getValue()).strip();
            String single = String.join(" ", e.getValue()).strip();
            if (text.isEmpty()) {
                continue;
            }
            Field f = e.getKey();
            switch (f) {
                case REQUESTER -> {
                    Optional<String> name = person(single, people);
                    requester = name.orElse(single.replaceFirst("^@", ""));
                    if (name.isEmpty()) {
                        warnings.add("Requester “" + single + "” is not in the people directory.");
                    }
                }
                case INITIATIVE -> initiative = single;
                case PROBLEM -> problem = text;
                case OUTCOME -> outcome = text;
                case COMPLEXITY -> {
                    Optional<Complexity> c = Complexity.parse(single);
                    if (c.isPresent()) {
                        complexity = c.get();
                    } else {
                        warnings.add("Complexity “" + single + "” is not low, medium or high; it is kept in the notes.");
                        notes.add(f.label + ": " + text);
                        continue;
                    }
                }
                case FUNCTIONS -> {
                    Set<Function> named = EnumSet.noneOf(Function.class);
                    Set<String> other = new LinkedHashSet<>();
                    functions(e.getValue(), named, other);
                    functions = named;
                    others = String.join(", ", other);
                }
                case CRITICALITY -> {
                    Optional<Criticality> c = Criticality.parse(single);
                    if (c.isPresent()) {
                        criticality = c.get();
                    } else {
                        warnings.add("Business criticality “" + single + "” is not low, medium, high or critical;"
                                + " it is kept in the notes.");
                        notes.add(f.label + ": " + text);
                        continue;
                    }
                }
                case TIMELINE -> {
                    Optional<LocalDate> date = date(single);
                    if (date.isPresent()) {
                        desired = date.get();
                    } else {
                        warnings.add("Desired timeline “" + single + "” is not a date (write 2027-03-31 or Q1 2027);"
                                + " it is kept in the notes.");
                        notes.add(f.label + ": " + text);
                        continue;
                    }
                }
                case LINKS -> {
                    List<String> urls = new ArrayList<>();
                    Matcher m = URL.matcher(text);
                    while (m.find()) {
                        urls.add(m.group().replaceAll("[.,;]+$", ""));
                    }
                    String rest = URL.matcher(text).replaceAll("").replaceAll("[\\[\\]()<>,;\\s-]+", " ").strip();
                    if (urls.isEmpty()) {
                        warnings.add("Links held no http(s) link; the text is kept in the notes.");
                        notes.add(f.label + ": " + text);
                        continue;
                    }
                    links = String.join("\n", urls);
                    if (!rest.isEmpty()) {
                        notes.add(f.label + ": " + text);
                    }
                }
                case CHANNEL -> {
                    Matcher m = CHANNEL.matcher(single.toLowerCase(Locale.ROOT));
                    if (m.find()) {
                        channel = m.group();
                    } else {
                        warnings.add("Channel “" + single + "” is not a #channel; it is kept in the notes.");
                        notes.add(f.label + ": " + text);
                        continue;
                    }
                }
                default -> {
                    notes.add(f.label + ": " + text);
                    continue;
                }
            }
            filled.add(f.label);
        }
        String mergedNotes = in.notes() == null || in.notes().isBlank() ? String.join("\n", notes)
                : notes.isEmpty() ? in.notes() : in.notes().strip() + "\n" + String.join("\n", notes);
        IntakeInput out = new IntakeInput(requester, initiative, problem, outcome, complexity, functions, others,
                criticality, desired, links, channel, mergedNotes, in.receivedAt());
        String message = "Filled " + filled.size() + " field" + (filled.size() == 1 ? "" : "s") + " from the message ("
                + String.join(", ", filled) + ")" + (notes.isEmpty() ? "." : "; the rest is in Notes.")
                + (warnings.isEmpty() ? "" : " Check: " + String.join(" ", warnings));
        return new Result(true, out, List.copyOf(filled), List.copyOf(warnings), message);
    }

    private static final Pattern GLUED = Pattern.compile(
            "(?:\\*\\*|__|#{1,6}\\s|-\\s)([A-Za-z][A-Za-z ()/&'?-]{0,60}?)(?:\\*\\*|__)?:");

    /**
     * A message whose line breaks were lost on the way (copied from a chat preview, say) has its template
     * labels run together: "...Elena**Initiative:** Portal- Complexity: High". Each known label that does not
     * start a line starts one, and so does a "## heading".
     */
    static String splitGluedLabels(String message) {
        String text = message.replaceAll("(?<=[^\\s#])[ \\t]*(?=#{2,6}\\s)", "\n");
        StringBuilder out = new StringBuilder();
        Matcher m = GLUED.matcher(text);
        int last = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            from = start + 1;
            boolean lineStart = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
            if (!lineStart && Field.byLabel(m.group(1)).isPresent()) {
                out.append(text, last, start).append('\n');
                last = start;
            }
        }
        return out.append(text.substring(last)).toString();
    }

    /** "**Budget:** ..." or "- Budget: ..." is a field the template does not know; "Tickets pile up: 40" is prose. */
    private static boolean looksLikeALabel(String line) {
        return line.startsWith("**") || line.startsWith("__") || line.matches("^[-*+]\\s+.*");
    }

    private static void functions(List<String> lines, Set<Function> named, Set<String> other) {
        for (String line : lines) {
            Matcher box = CHECKBOX.matcher(line.strip());
            if (box.matches()) {
                if (!box.group(1).isBlank()) {
                    function(box.group(2), named, other);
                }
                continue;
            }
            for (String token : line.split("\\s*(?:,|;|/|\\band\\b|&|\\+)\\s*")) {
                function(token, named, other);
            }
        }
    }

    private static void function(String token, Set<Function> named, Set<String> other) {
        String t = token.replaceFirst("^[-*+]\\s*", "").replaceAll("[*_`]", "").strip();
        if (t.isEmpty()) {
            return;
        }
        String key = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Function f = switch (key) {
            case "pm", "product", "productmanagement", "programmanagement" -> Function.PM;
            case "ux", "design", "research", "uxresearch", "productdesign" -> Function.UX;
            case "eng", "engineering", "dev", "development" -> Function.ENGINEERING;
            case "gtm", "gotomarket", "marketing", "sales", "productmarketing" -> Function.GTM;
            case "data", "analytics", "datascience" -> Function.DATA;
            case "security", "sec" -> Function.SECURITY;
            case "legal", "compliance" -> Function.LEGAL;
            case "operations", "ops", "support" -> Function.OPERATIONS;
            default -> null;
        };
        if (f != null) {
            named.add(f);
        } else {
            other.add(t);
        }
    }

    private static Optional<String> person(String text, List<Person> people) {
        String t = text.replaceAll("[*_`]", "").strip();
        for (Person p : people) {
            if (p.name().equalsIgnoreCase(t) || (!p.slack().isBlank() && p.slack().equalsIgnoreCase(t))
                    || (!p.slack().isBlank() && ("@" + t).equalsIgnoreCase(p.slack()))
                    || (!p.email().isBlank() && p.email().equalsIgnoreCase(t))) {
                return Optional.of(p.name());
            }
        }
        for (Person p : people) {
            if (t.toLowerCase(Locale.ROOT).startsWith(p.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(p.name());
            }
        }
        return Optional.empty();
    }

    /** 2027-03-31, March 31, 2027, 31 Mar 2027, Q1 2027 (its last day); anything else is empty. */
    static Optional<LocalDate> date(String text) {
        String t = text.replaceAll("[*_`]", "").replaceFirst("(?i)^(by|before|no later than|end of)\\s+", "")
                .replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(2));
            year = year < 100 ? 2000 + year : year;
            return Optional.of(LocalDate.of(year, Integer.parseInt(q.group(1)) * 3, 1)
                    .with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, format));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static String templateFields() {
        List<String> names = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f != Field.SECTION) {
                names.add(f.label);
            }
        }
        return String.join(", ", names);
    }
}
