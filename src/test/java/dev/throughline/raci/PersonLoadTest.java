package dev.throughline.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.program.Health;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonLoadTest {

    private static LoadFact fact(long person, long deliverable, long program, Health health, boolean slipped) {
        return new LoadFact(person, "P" + person, deliverable, program, "K" + program, health, slipped);
    }

    @Test
    void countsDeliverablesProgramsAndAtRiskAndFlagsAboveTheThreshold() {
        Map<Long, String> people = new LinkedHashMap<>();
        people.put(1L, "Ann");
        people.put(2L, "Bob");
        people.put(3L, "Cat");
        List<LoadFact> facts = new ArrayList<>();
        facts.add(fact(1, 10, 100, Health.ON_TRACK, false));
        facts.add(fact(1, 10, 100, Health.ON_TRACK, false)); // A and R on one row count once
        facts.add(fact(1, 11, 100, Health.ON_TRACK, true)); // slipped milestone
        facts.add(fact(1, 20, 200, Health.AT_RISK, false));
        facts.add(fact(1, 30, 300, Health.OFF_TRACK, false));
        facts.add(fact(2, 10, 100, Health.ON_TRACK, false));
        facts.add(fact(2, 12, 100, Health.ON_TRACK, false));

        List<PersonLoad.Row> rows = PersonLoad.compute(people, facts, 3);

        assertEquals(new PersonLoad.Row(1, "Ann", 4, 3, 3, true), rows.get(0));
        assertEquals(new PersonLoad.Row(2, "Bob", 2, 1, 0, false), rows.get(1));
        assertEquals(new PersonLoad.Row(3, "Cat", 0, 0, 0, false), rows.get(2), "everyone gets a row");
    }

    @Test
    void exactlyAtTheThresholdIsNotFlagged() {
        List<LoadFact> facts = List.of(fact(1, 1, 1, Health.ON_TRACK, false), fact(1, 2, 1, Health.ON_TRACK, false));
        assertEquals(false, PersonLoad.compute(Map.of(1L, "Ann"), facts, 2).get(0).flagged());
        assertEquals(true, PersonLoad.compute(Map.of(1L, "Ann"), facts, 1).get(0).flagged());
    }
}
