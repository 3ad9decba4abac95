package dev.throughline.risk;

import dev.throughline.edit.CommandStack;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The RAID log: queries with triggers evaluated against the plan as it is now, and edits as undoable
 * commands that keep a history row per changed field. Blocking: call off the FX thread.
 */
public final class RiskService {

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final RaidRepository items = new RaidRepository();

    public RiskService(Store store, CommandStack commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- queries

    /** The program's register, each row with its trigger evaluated against today's plan. */
    public List<RaidRow> rows(long programId) {
        return rows(store.read(sql -> items.snapshot(sql, programId)));
    }

    /** Every item of every program (the portfolio heat map). */
    public List<RaidRow> portfolioRows() {
        return rows(store.read(sql -> items.snapshot(sql, null)));
    }

    /** Active items whose trigger holds, highest score first: what the next sync agenda must cover. */
    public List<RaidRow> triggeredForAgenda(long programId) {
        return rows(programId).stream().filter(RaidRow::triggered)
                .sorted(Comparator.comparingInt(RaidRow::score).reversed().thenComparing(r -> r.item().id()))
                .toList();
    }

    public RaidItem get(long id) {
        return store.read(sql -> items.find(sql, id))
                .orElseThrow(() -> new ValidationException("raid", "That RAID item no longer exists."));
    }

    public List<Long> links(long id) {
        return store.read(sql -> items.links(sql, id));
    }

    /** Every recorded change of the item, and for an issue realised from a risk, the risk's changes first. */
    public List<RaidHistoryEntry> history(long id) {
        return store.read(sql -> {
            List<RaidHistoryEntry> out = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Optional<RaidItem> item = items.find(sql, id);
            List<Long> chain = new ArrayList<>();
            while (item.isPresent() && seen.add(item.get().id())) {
                chain.add(0, item.get().id());
                Long from = item.get().realisedFromId();
                item = from == null ? Optional.empty() : items.find(sql, from);
            }
            for (Long each : chain) {
                out.addAll(items.history(sql, each));
            }
            return out;
        });
    }

    /** People by lower-case name, for resolving the owner typed in a form. */
    public Map<String, Long> peopleByName() {
        return store.read(items::peopleByName);
    }

    // ---- edits

    public RaidItem create(long programId, RaidInput input) {
        RaidItem item = input.toItem(0, programId, null, peopleByName());
        Prepared prepared = new Prepared(item, checkedLinks(input.milestoneIds(), item.trigger()));
        List<RaidHistoryEntry> history = List.of(entry(0, "created", "", item.type().label() + " “" + item.title()
                + "” (" + item.probability() + "x" + item.impact() + ")"));
        RaidEditCommand command = commands.execute(new RaidEditCommand("add " + item.type().label()
                .toLowerCase(java.util.Locale.ROOT) + " " + item.title(),
                List.of(new RaidEditCommand.Change(null, item, List.of(), prepared.links(), history))));
        return command.stored(0);
    }

    private record Prepared(RaidItem item, List<Long> links) {
    }

    /** Saves the form. Returns the item as saved; no change writes nothing. */
    public RaidItem update(long id, RaidInput input) {
        RaidItem before = get(id);
        List<Long> linksBefore = links(id);
        RaidItem after = input.toItem(id, before.programId(), before.realisedFromId(), peopleByName());
        List<Long> linksAfter = checkedLinks(input.milestoneIds(), after.trigger());
        return change("edit " + after.title(), before, after, linksBefore, linksAfter);
    }

    public RaidItem setStatus(long id, RaidStatus status) {
        RaidItem before = get(id);
        if (status == RaidStatus.REALISED) {
            if (before.status() == RaidStatus.REALISED) {
                return before;
            }
            return realise(id);
        }
        if (before.status() == RaidStatus.REALISED) {
            throw new ValidationException(RaidInput.STATUS, before.title() + " was realised and became an issue;"
                    + " change the issue instead.");
        }
        return change("set status of " + before.title() + " to " + status.label(), before, before.withStatus(status),
                links(id), links(id));
    }

    /** Sets the owner (null: nobody); an unknown person is refused. */
    public RaidItem setOwner(long id, Long ownerId) {
        RaidItem before = get(id);
        if (ownerId != null && !store.read(items::peopleNames).containsKey(ownerId)) {
            throw new ValidationException(RaidInput.OWNER, "That owner is not in the people directory.");
        }
        return change("set owner of " + before.title(), before, before.withOwner(ownerId), links(id), links(id));
    }

    public RaidItem setProbability(long id, int probability) {
        RaidItem before = get(id);
        requireScale(RaidInput.PROBABILITY, "Probability", probability);
        return change("set probability of " + before.title() + " to " + probability, before,
                before.withScores(probability, before.impact()), links(id), links(id));
    }

    public RaidItem setImpact(long id, int impact) {
        RaidItem before = get(id);
        requireScale(RaidInput.IMPACT, "Impact", impact);
        return change("set impact of " + before.title() + " to " + impact, before,
                before.withScores(before.probability(), impact), links(id), links(id));
    }

    /**
     * The risk has happened: it is kept as it was with status "realised" (its history intact), and a
     * new issue takes its place, linked back to it, with its owner, links, response and mitigation. One
     * undo step. Returns the issue.
     */
    public RaidItem realise(long id) {
        RaidItem risk = get(id);
        if (risk.type() != RaidType.RISK) {
            throw new ValidationException(RaidInput.TYPE, "Only a risk can be realised; " + risk.title() + " is "
                    + article(risk.type()) + ".");
        }
        if (!risk.status().isActive()) {
            throw new ValidationException(RaidInput.STATUS, risk.title() + " is " + risk.status().label()
                    .toLowerCase(java.util.Locale.ROOT) + "; only an open or mitigating risk can be realised.");
        }
        List<Long> links = links(id);
        RaidItem issue = risk.asRealisedIssue();
        RaidEditCommand command = commands.execute(new RaidEditCommand("realise " + risk.title(), List.of(
                new RaidEditCommand.Change(risk, risk.withStatus(RaidStatus.REALISED), links, links,
                        List.of(entry(risk.id(), "status", risk.status().label(), RaidStatus.REALISED.label()))),
                new RaidEditCommand.Change(null, issue, List.of(), links,
                        List.of(entry(0, "created", "", "Issue realised from risk " + risk.ref() + " (was "
                                + risk.probability() + "x" + risk.impact() + ")"))))));
        return command.stored(1);
    }

    public void delete(long id) {
        RaidItem item = get(id);
        List<RaidItem> issues = store.read(sql -> items.realisedFrom(sql, id));
        if (!issues.isEmpty()) {
            throw new ValidationException("raid", item.title() + " became issue " + issues.get(0).ref()
                    + " and is kept as its history; delete the issue first.");
        }
        commands.execute(new RaidEditCommand("delete " + item.title(), List.of(
                new RaidEditCommand.Change(item, null, links(id), List.of(), List.of()))));
    }

    // ---- internals

    private RaidItem change(String description, RaidItem before, RaidItem after, List<Long> linksBefore,
                            List<Long> linksAfter) {
        if (before.equals(after) && linksBefore.equals(linksAfter)) {
            return before;
        }
        Map<Long, String> people = store.read(items::peopleNames);
        List<RaidHistoryEntry> history = diff(before, after, linksBefore, linksAfter, people);
        RaidEditCommand command = commands.execute(new RaidEditCommand(description,
                List.of(new RaidEditCommand.Change(before, after, linksBefore, linksAfter, history))));
        return command.stored(0);
    }

    private List<RaidHistoryEntry> diff(RaidItem a, RaidItem b, List<Long> linksA, List<Long> linksB,
                                        Map<Long, String> people) {
        List<RaidHistoryEntry> out = new ArrayList<>();
        long id = a.id();
        field(out, id, "type", a.type().label(), b.type().label());
        field(out, id, "title", a.title(), b.title());
        field(out, id, "cause", a.cause(), b.cause());
        field(out, id, "event", a.event(), b.event());
        field(out, id, "effect", a.effect(), b.effect());
        field(out, id, "probability", a.probability(), b.probability());
        field(out, id, "impact", a.impact(), b.impact());
        field(out, id, "residual probability", a.residualProbability(), b.residualProbability());
        field(out, id, "residual impact", a.residualImpact(), b.residualImpact());
        field(out, id, "owner", a.ownerId() == null ? "" : people.get(a.ownerId()),
                b.ownerId() == null ? "" : people.get(b.ownerId()));
        field(out, id, "response", a.response(), b.response());
        field(out, id, "mitigation", a.mitigation(), b.mitigation());
        field(out, id, "trigger", a.trigger() == null ? "" : a.trigger().describe(m -> "#" + m),
                b.trigger() == null ? "" : b.trigger().describe(m -> "#" + m));
        field(out, id, "proximity", a.proximity(), b.proximity());
        field(out, id, "review date", a.reviewDate(), b.reviewDate());
        field(out, id, "status", a.status(), b.status());
        field(out, id, "milestones", linksA, linksB);
        return out;
    }

    private void field(List<RaidHistoryEntry> out, long id, String name, Object before, Object after) {
        String old = before == null ? "" : before.toString();
        String now = after == null ? "" : after.toString();
        if (!old.equals(now)) {
            out.add(entry(id, name, old, now));
        }
    }

    private RaidHistoryEntry entry(long raidId, String field, String old, String now) {
        return new RaidHistoryEntry(0, raidId, Instant.now(clock), field, old, now);
    }

    private List<RaidRow> rows(RaidRepository.Snapshot snapshot) {
        List<RaidItem> list = snapshot.items();
        Map<Long, List<Long>> links = snapshot.links();
        Map<Long, String> people = snapshot.people();
        Map<Long, String> programs = snapshot.programs();
        Map<Long, TriggerRules.PlanMilestone> milestones = snapshot.milestones();
        Map<Long, List<Long>> successors = snapshot.successors();
        TriggerRules.Plan plan = new TriggerRules.Plan() {
            @Override
            public Optional<TriggerRules.PlanMilestone> milestone(long id) {
                return Optional.ofNullable(milestones.get(id));
            }

            @Override
            public List<TriggerRules.PlanMilestone> successors(long id) {
                return successors.getOrDefault(id, List.of()).stream().map(milestones::get).filter(Objects::nonNull)
                        .toList();
            }
        };
        LocalDate today = today();
        List<RaidRow> rows = new ArrayList<>();
        for (RaidItem item : list) {
            List<Long> linked = links.getOrDefault(item.id(), List.of());
            List<String> titles = linked.stream().map(milestones::get).filter(Objects::nonNull)
                    .map(TriggerRules.PlanMilestone::label).toList();
            String because = TriggerRules.evaluate(item.trigger(), item.status(), item.reviewDate(), linked, plan, today)
                    .orElse("");
            String rule = item.trigger() == null ? "" : item.trigger().describe(m -> plan.milestone(m)
                    .map(TriggerRules.PlanMilestone::label).orElse("(removed milestone)"));
            rows.add(new RaidRow(item, programs.getOrDefault(item.programId(), "?"),
                    item.ownerId() == null ? "" : people.getOrDefault(item.ownerId(), ""), linked, titles, rule,
                    because, item.reviewOverdue(today)));
        }
        return rows;
    }

    private List<Long> checkedLinks(List<Long> milestoneIds, TriggerRule trigger) {
        List<Long> links = milestoneIds == null ? List.of() : milestoneIds.stream().distinct().sorted().toList();
        Set<Long> wanted = new LinkedHashSet<>(links);
        if (trigger != null && trigger.milestoneId() != null) {
            wanted.add(trigger.milestoneId());
        }
        if (store.read(sql -> items.milestones(sql, wanted)).size() != wanted.size()) {
            throw new ValidationException(RaidInput.TRIGGER_MILESTONE, "A chosen milestone no longer exists.");
        }
        return links;
    }

    private static void requireScale(String field, String label, int value) {
        if (!RiskBands.onScale(value)) {
            throw new ValidationException(field, label + " must be a whole number from 1 to 5; “" + value + "” is not.");
        }
    }

    private static String article(RaidType type) {
        return (type == RaidType.ASSUMPTION || type == RaidType.ISSUE ? "an " : "a ")
                + type.label().toLowerCase(java.util.Locale.ROOT);
    }
}
