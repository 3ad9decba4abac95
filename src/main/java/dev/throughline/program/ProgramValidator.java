package dev.throughline.program;

import dev.throughline.validation.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a program, shared by the form (live) and the service (before writing). */
public final class ProgramValidator {

    public static final String KEY = "key";
    public static final String NAME = "name";
    public static final String STATUS = "status";
    public static final String HEALTH = "health";
    public static final String HEALTH_REASON = "healthReason";
    public static final String TPGM = "tpgm";
    public static final String SPONSOR = "sponsor";
    public static final String START = "start";
    public static final String TARGET = "target";
    public static final String CHANNEL = "channel";
    public static final String LINKS = "links";

    private static final Pattern KEY_SHAPE = Pattern.compile("^[A-Z][A-Z0-9]{1,9}-[0-9]{1,5}$");
    private static final int MAX_NAME = 120;

    private ProgramValidator() {
    }

    /**
     * @param keysInUse upper-case keys of other programs (not the one being edited)
     * @param peopleIds ids of people in the directory
     */
    public static Problems check(ProgramInput in, Set<String> keysInUse, Set<Long> peopleIds) {
        Problems p = new Problems();
        String key = normalizeKey(in.key());
        if (key.isEmpty()) {
            p.add(KEY, "Key is required, for example CHK-12.");
        } else if (!KEY_SHAPE.matcher(key).matches()) {
            p.add(KEY, "Key must look like CHK-12: 2-10 letters or digits starting with a letter, a dash, a number.");
        } else if (keysInUse.contains(key)) {
            p.add(KEY, "Another program already uses the key " + key + ".");
        }
        String name = trim(in.name());
        p.require(!name.isEmpty(), NAME, "Name is required.");
        p.require(name.length() <= MAX_NAME, NAME, "Name is longer than " + MAX_NAME + " characters.");
        p.require(in.status() != null, STATUS, "Choose a status.");
        p.require(in.health() != null, HEALTH, "Choose a health.");
        if (in.health() != null && in.health() != Health.ON_TRACK && trim(in.healthReason()).isEmpty()) {
            p.add(HEALTH_REASON, "Say why the program is " + in.health().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (in.tpgmId() == null) {
            p.add(TPGM, "Choose the TPgM who runs this program.");
        } else if (!peopleIds.contains(in.tpgmId())) {
            p.add(TPGM, "The chosen TPgM is no longer in the directory.");
        }
        p.require(in.sponsorId() == null || peopleIds.contains(in.sponsorId()), SPONSOR,
                "The chosen sponsor is no longer in the directory.");
        if (in.start() != null && in.target() != null && in.target().isBefore(in.start())) {
            p.add(TARGET, "Target date " + in.target() + " is before the start " + in.start() + ".");
        }
        String channel = trim(in.channel());
        p.require(channel.isEmpty() || channel.matches("^#?[a-z0-9._-]{1,80}$"), CHANNEL,
                "Channel names hold lower-case letters, digits, '.', '_' and '-', like #chk-redesign.");
        for (String link : links(in.links())) {
            if (!isWebLink(link)) {
                p.add(LINKS, "'" + link + "' is not an http(s) link.");
                break;
            }
        }
        return p;
    }

    public static Program toProgram(long id, boolean archived, ProgramInput in, Set<String> keysInUse,
                                    Set<Long> peopleIds) {
        check(in, keysInUse, peopleIds).throwIfAny();
        String channel = trim(in.channel());
        if (!channel.isEmpty() && !channel.startsWith("#")) {
            channel = "#" + channel;
        }
        return new Program(id, normalizeKey(in.key()), trim(in.name()), trim(in.objective()), in.status(),
                in.health(), trim(in.healthReason()), in.tpgmId(), in.sponsorId(), in.start(), in.target(),
                in.priority() == null ? Priority.P2 : in.priority(), channel, links(in.links()), archived);
    }

    public static String normalizeKey(String key) {
        return trim(key).toUpperCase(Locale.ROOT);
    }

    static List<String> links(String text) {
        return Arrays.stream(trim(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isWebLink(String link) {
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
