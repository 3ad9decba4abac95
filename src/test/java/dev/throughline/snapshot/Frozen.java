package dev.throughline.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small builders of frozen milestones and risks for the pure tests. */
final class Frozen {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private Frozen() {
    }

    static FrozenMilestone milestone(long id, String title, String status, LocalDate baseline, LocalDate forecast,
                                     LocalDate deadline) {
        Integer variance = baseline == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(baseline, forecast);
        return new FrozenMilestone(id, title, "Core", "Maya", status, baseline, forecast, null, deadline, variance);
    }

    static FrozenMilestone slipped(long id, String title, int days) {
        LocalDate base = TODAY.plusDays(60);
        return milestone(id, title, "PLANNED", base, base.plusDays(days), null);
    }

    static FrozenRisk risk(long id, String title, int p, int i, boolean active, boolean triggered) {
        int score = p * i;
        String band = score >= 15 ? "RED" : score >= 5 ? "AMBER" : "GREEN";
        return new FrozenRisk(id, "R-" + id, "RISK", title, "Ben", p, i, score, band, active ? "OPEN" : "CLOSED",
                active, triggered, triggered ? "forecast moved" : "");
    }

    static SnapshotPayload payload(List<FrozenMilestone> milestones, List<FrozenRisk> risks) {
        return new SnapshotPayload(SnapshotPayload.CURRENT_VERSION, Instant.parse("2026-11-27T10:00:00Z"), "CHK-1",
                "Checkout", milestones, risks, List.of());
    }
}
