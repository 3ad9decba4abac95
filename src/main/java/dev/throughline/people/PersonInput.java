package dev.throughline.people;

import dev.throughline.validation.TextRule;

/** What a person form or an import holds before validation: text as typed. */
public record PersonInput(String name, String role, Function function, String email, String slack, String gitlab,
                          String zone, String workStart, String workEnd) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public PersonInput {
        name = TextRule.clean(name);
        role = TextRule.clean(role);
        email = TextRule.clean(email);
        slack = TextRule.clean(slack);
        gitlab = TextRule.clean(gitlab);
        zone = TextRule.clean(zone);
        workStart = TextRule.clean(workStart);
        workEnd = TextRule.clean(workEnd);
    }

    public static PersonInput of(Person p) {
        return new PersonInput(p.name(), p.role(), p.function(), p.email(), p.slack(), p.gitlab(), p.zone().getId(),
                p.workStart().toString(), p.workEnd().toString());
    }

    public static PersonInput blank() {
        return new PersonInput("", "", Function.ENGINEERING, "", "", "", "America/Los_Angeles", "08:00", "16:00");
    }
}
