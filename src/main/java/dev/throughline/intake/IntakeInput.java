package dev.throughline.intake;

import dev.throughline.people.Function;
import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An intake request as the form (or a pasted message) holds it, before validation. The requester is a
 * name from the people directory; links are one per line.
 */
public record IntakeInput(String requester, String initiative, String problem, String outcome, Complexity complexity,
                          Set<Function> functions, String otherFunctions, Criticality criticality,
                          LocalDate desiredDate, String links, String channel, String notes, Instant receivedAt) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public IntakeInput {
        requester = TextRule.clean(requester);
        initiative = TextRule.clean(initiative);
        problem = TextRule.clean(problem);
        outcome = TextRule.clean(outcome);
        otherFunctions = TextRule.clean(otherFunctions);
        links = TextRule.clean(links);
        channel = TextRule.clean(channel);
        notes = TextRule.clean(notes);
    }

    public static final String REQUESTER = "requester";
    public static final String INITIATIVE = "initiative";
    public static final String PROBLEM = "problem";
    public static final String COMPLEXITY = "complexity";
    public static final String FUNCTIONS = "functions";
    public static final String CRITICALITY = "criticality";
    public static final String DESIRED_DATE = "desiredDate";
    public static final String LINKS = "links";
    public static final String CHANNEL = "channel";
    public static final String RECEIVED = "received";

    public static IntakeInput blank(Instant now) {
        return new IntakeInput("", "", "", "", Complexity.MEDIUM, Set.of(), "", Criticality.MEDIUM, null, "", "", "",
                now);
    }

    public static IntakeInput of(IntakeRequest r, String requesterName) {
        return new IntakeInput(requesterName, r.initiative(), r.problem(), r.outcome(), r.complexity(), r.functions(),
                r.otherFunctions(), r.criticality(), r.desiredDate(), String.join("\n", r.links()), r.channel(),
                r.notes(), r.receivedAt());
    }

    /**
     * Checks every field. {@code people} maps lower-case names to ids; {@code today} is the team's date; a
     * desired date before it is refused unless it is {@code keptDesiredDate} (an old request's date, unchanged).
     */
    public Problems check(Map<String, Long> people, LocalDate today, LocalDate keptDesiredDate, Instant now) {
        Problems p = new Problems();
        String who = trim(requester);
        if (who.isEmpty()) {
            p.add(REQUESTER, "Who asked? Choose the requester from the people directory.");
        } else if (!people.containsKey(key(who))) {
            p.add(REQUESTER, "No one called “" + who + "” is in the people directory; add them under People first.");
        }
        p.require(!trim(initiative).isEmpty(), INITIATIVE, "Name the initiative.");
        p.require(trim(initiative).length() <= 120, INITIATIVE, "The initiative's name is longer than 120 characters.");
        p.require(!trim(problem).isEmpty() || !trim(outcome).isEmpty(), PROBLEM,
                "Describe the problem or the desired outcome: the team triages on it.");
        p.require(complexity != null, COMPLEXITY, "Choose a complexity: low, medium or high.");
        p.require(criticality != null, CRITICALITY, "Choose a business criticality.");
        p.require(functions != null && (!functions.isEmpty() || !trim(otherFunctions).isEmpty()), FUNCTIONS,
                "Tick the functions involved (PM, UX, Engineering, GTM) or name others.");
        if (desiredDate != null && desiredDate.isBefore(today) && !desiredDate.equals(keptDesiredDate)) {
            p.add(DESIRED_DATE, "The desired date " + desiredDate + " is in the past (today is " + today
                    + "); choose today or later, or leave it empty.");
        } else if (desiredDate != null && desiredDate.getYear() > 2200) {
            p.add(DESIRED_DATE, "The desired date " + desiredDate + " is after 2200.");
        }
        for (String link : linkList(links)) {
            if (!isWebLink(link)) {
                p.add(LINKS, "“" + link + "” is not an http(s) link; put one link per line.");
                break;
            }
        }
        String ch = trim(channel);
        p.require(ch.isEmpty() || ch.matches("^#?[a-z0-9._-]{1,80}$"), CHANNEL,
                "Channel names hold lower-case letters, digits, '.', '_' and '-', like #tpgm-intake.");
        if (receivedAt == null) {
            p.add(RECEIVED, "When was it received? Write it like 2026-11-27 09:30.");
        } else if (receivedAt.isAfter(now)) {
            p.add(RECEIVED, "The received time is in the future.");
        }
        return p;
    }

    public IntakeRequest toRequest(long id, Map<String, Long> people, LocalDate today, LocalDate keptDesiredDate,
                                   Instant now) {
        check(people, today, keptDesiredDate, now).throwIfAny();
        String ch = trim(channel);
        if (!ch.isEmpty() && !ch.startsWith("#")) {
            ch = "#" + ch;
        }
        return new IntakeRequest(id, people.get(key(requester)), trim(initiative), trim(problem), trim(outcome),
                complexity, functions, trim(otherFunctions), criticality, desiredDate, linkList(links), ch, trim(notes),
                receivedAt, null, IntakeStatus.NEW, "", null);
    }

    public static String key(String name) {
        return trim(name).toLowerCase(Locale.ROOT);
    }

    static List<String> linkList(String text) {
        return Arrays.stream(trim(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
