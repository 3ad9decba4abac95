package dev.throughline.snapshot;

import dev.throughline.program.Health;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two frozen states of one program (pure): the health change, each milestone's
 * forecast move (added, removed, moved, completed), new, closed and re-scored RAID items, decisions
 * made, and action items opened, closed and newly overdue (overdue as of each snapshot's own day).
 * Items are matched by id, so a renamed milestone is still the same milestone.
 */
public record SnapshotDiff(Health healthBefore, Health healthAfter, List<MilestoneChange> milestones,
                           List<FrozenRisk> newRisks, List<FrozenRisk> closedRisks, List<Rescored> rescored,
                           List<FrozenDecision> decided, List<FrozenAction> openedActions,
                           List<FrozenAction> closedActions, List<FrozenAction> newlyOverdue) {

    public enum Kind { ADDED, REMOVED, MOVED, COMPLETED }

    /** {@code days} is the forecast delta (positive: later), null when added or removed. */
    public record MilestoneChange(Kind kind, long id, String title, LocalDate before, LocalDate after, Integer days) {
    }

    public record Rescored(FrozenRisk before, FrozenRisk after) {

        public int delta() {
            return after.score() - before.score();
        }
    }

    public SnapshotDiff {
        milestones = List.copyOf(milestones);
        newRisks = List.copyOf(newRisks);
        closedRisks = List.copyOf(closedRisks);
        rescored = List.copyOf(rescored);
        decided = List.copyOf(decided);
        openedActions = List.copyOf(openedActions);
        closedActions = List.copyOf(closedActions);
        newlyOverdue = List.copyOf(newlyOverdue);
    }

    /** A diff of the plan only: no decisions or actions. */
    public SnapshotDiff(Health healthBefore, Health healthAfter, List<MilestoneChange> milestones,
                        List<FrozenRisk> newRisks, List<FrozenRisk> closedRisks, List<Rescored> rescored) {
        this(healthBefore, healthAfter, milestones, newRisks, closedRisks, rescored, List.of(), List.of(), List.of(),
                List.of());
    }

    public static SnapshotDiff between(Snapshot before, Snapshot after) {
        return between(before.health(), before.payload(), after.health(), after.payload());
    }

    public static SnapshotDiff between(Health healthBefore, SnapshotPayload before, Health healthAfter,
                                       SnapshotPayload after) {
        Map<Long, FrozenMilestone> old = new LinkedHashMap<>();
        before.milestones().forEach(m -> old.put(m.id(), m));
        List<MilestoneChange> changes = new ArrayList<>();
        for (FrozenMilestone now : after.milestones()) {
            FrozenMilestone was = old.remove(now.id());
            if (was == null) {
                changes.add(new MilestoneChange(Kind.ADDED, now.id(), now.title(), null, now.forecast(), null));
            } else if (now.done() && !was.done()) {
                changes.add(new MilestoneChange(Kind.COMPLETED, now.id(), now.title(), was.forecast(),
                        now.actual() != null ? now.actual() : now.forecast(), days(was.forecast(),
                        now.actual() != null ? now.actual() : now.forecast())));
            } else if (!Objects.equals(was.forecast(), now.forecast())) {
                changes.add(new MilestoneChange(Kind.MOVED, now.id(), now.title(), was.forecast(), now.forecast(),
                        days(was.forecast(), now.forecast())));
            }
        }
        old.values().forEach(was -> changes.add(new MilestoneChange(Kind.REMOVED, was.id(), was.title(),
                was.forecast(), null, null)));

        Map<Long, FrozenRisk> oldRisks = new LinkedHashMap<>();
        before.risks().forEach(r -> oldRisks.put(r.id(), r));
        List<FrozenRisk> opened = new ArrayList<>();
        List<FrozenRisk> closed = new ArrayList<>();
        List<Rescored> rescored = new ArrayList<>();
        for (FrozenRisk now : after.risks()) {
            FrozenRisk was = oldRisks.remove(now.id());
            if (was == null || !was.active()) {
                if (now.active()) {
                    opened.add(now);
                }
            } else if (!now.active()) {
                closed.add(now);
            } else if (was.score() != now.score()) {
                rescored.add(new Rescored(was, now));
            }
        }
        oldRisks.values().stream().filter(FrozenRisk::active).forEach(closed::add);
        Set<Long> decidedBefore = new HashSet<>();
        before.decisions().stream().filter(FrozenDecision::decided).forEach(d -> decidedBefore.add(d.id()));
        List<FrozenDecision> decided = after.decisions().stream()
                .filter(d -> d.decided() && !decidedBefore.contains(d.id())).toList();

        LocalDate dayBefore = day(before);
        LocalDate dayAfter = day(after);
        Map<Long, FrozenAction> oldActions = new LinkedHashMap<>();
        before.actions().forEach(a -> oldActions.put(a.id(), a));
        List<FrozenAction> openedActions = new ArrayList<>();
        List<FrozenAction> closedActions = new ArrayList<>();
        List<FrozenAction> newlyOverdue = new ArrayList<>();
        for (FrozenAction now : after.actions()) {
            FrozenAction was = oldActions.get(now.id());
            if (now.open() && (was == null || !was.open())) {
                openedActions.add(now);
            } else if (!now.open() && was != null && was.open()) {
                closedActions.add(now);
            }
            if (now.overdue(dayAfter) && (was == null || !was.overdue(dayBefore))) {
                newlyOverdue.add(now);
            }
        }
        return new SnapshotDiff(healthBefore, healthAfter, changes, opened, closed, rescored, decided, openedActions,
                closedActions, newlyOverdue);
    }

    private static LocalDate day(SnapshotPayload p) {
        return p.takenAt() == null ? LocalDate.MIN : p.takenAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static Integer days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
    }

    public boolean healthChanged() {
        return healthBefore != healthAfter;
    }

    public boolean isEmpty() {
        return !healthChanged() && milestones.isEmpty() && newRisks.isEmpty() && closedRisks.isEmpty()
                && rescored.isEmpty()
                && decided.isEmpty() && openedActions.isEmpty() && closedActions.isEmpty() && newlyOverdue.isEmpty();
    }

    /** One plain sentence per change (user text unescaped: renderers escape it). */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        if (healthChanged()) {
            out.add("Health " + healthBefore.label().toLowerCase(java.util.Locale.ROOT) + " → "
                    + healthAfter.label().toLowerCase(java.util.Locale.ROOT));
        }
        for (MilestoneChange c : milestones) {
            out.add(switch (c.kind()) {
                case ADDED -> "New milestone “" + c.title() + "” forecast " + c.after();
                case REMOVED -> "Milestone “" + c.title() + "” removed";
                case COMPLETED -> "“" + c.title() + "” done " + c.after();
                case MOVED -> "“" + c.title() + "” moved " + signed(c.days()) + " days (" + c.before() + " → "
                        + c.after() + ")";
            });
        }
        newRisks.forEach(r -> out.add("New " + r.type().toLowerCase(java.util.Locale.ROOT) + " " + r.ref() + " “"
                + r.title() + "” (score " + r.score() + ")"));
        closedRisks.forEach(r -> out.add("Closed " + r.ref() + " “" + r.title() + "”"));
        rescored.forEach(r -> out.add(r.after().ref() + " “" + r.after().title() + "” re-scored " + r.before().score()
                + " → " + r.after().score()));
        decided.forEach(d -> out.add("Decided: “" + d.title() + "”"));
        if (!openedActions.isEmpty()) {
            out.add(count(openedActions.size(), "action") + " opened: " + titles(openedActions, false));
        }
        if (!closedActions.isEmpty() || !newlyOverdue.isEmpty()) {
            out.add(actionsClosedAndOverdue());
        }
        return out;
    }

    /** "2 actions closed, 1 now overdue: “Book the assessor” (Omar, due 2026-11-20)". */
    private String actionsClosedAndOverdue() {
        if (newlyOverdue.isEmpty()) {
            return count(closedActions.size(), "action") + " closed: " + titles(closedActions, false);
        }
        String overdue = "now overdue: " + titles(newlyOverdue, true);
        return closedActions.isEmpty() ? count(newlyOverdue.size(), "action") + " " + overdue
                : count(closedActions.size(), "action") + " closed, " + newlyOverdue.size() + " " + overdue;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String titles(List<FrozenAction> actions, boolean withOwnerAndDue) {
        List<String> out = new ArrayList<>();
        for (FrozenAction a : actions) {
            String detail = !withOwnerAndDue ? "" : " (" + (a.owner().isBlank() ? "" : a.owner() + ", ") + "due "
                    + a.due() + ")";
            out.add("“" + a.title() + "”" + detail);
        }
        return String.join(", ", out);
    }

    static String signed(Integer days) {
        return days == null ? "?" : (days > 0 ? "+" + days : String.valueOf(days));
    }
}
