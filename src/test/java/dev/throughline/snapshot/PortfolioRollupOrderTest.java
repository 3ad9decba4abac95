package dev.throughline.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.program.Health;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roll-up's order: off track, at risk, on track; then the oldest snapshot (none first); then the key. */
class PortfolioRollupOrderTest {

    private static PortfolioRollup.Row row(String key, Health health, String snapshot) {
        return new PortfolioRollup.Row(key, key, "active", health, "", Optional.ofNullable(snapshot).map(LocalDate::parse), 0, 0);
    }

    @Test
    void worstFirstThenStalestThenKey() {
        List<PortfolioRollup.Row> rows = new ArrayList<>(List.of(
                row("A-1", Health.ON_TRACK, "2026-11-01"),
                row("B-1", Health.AT_RISK, "2026-11-20"),
                row("C-1", Health.OFF_TRACK, "2026-11-27"),
                row("D-1", Health.AT_RISK, "2026-11-06"),
                row("E-1", Health.AT_RISK, null),
                row("F-1", Health.ON_TRACK, "2026-11-01")));
        rows.sort(PortfolioRollup.Row.BY_SEVERITY);
        assertEquals(List.of("C-1", "E-1", "D-1", "B-1", "A-1", "F-1"), rows.stream().map(PortfolioRollup.Row::programKey).toList());
    }
}
