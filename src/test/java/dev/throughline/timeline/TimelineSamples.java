package dev.throughline.timeline;

import dev.throughline.timeline.TimelineItem.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated timelines for tests and the demo. */
final class TimelineSamples {

    private TimelineSamples() {
    }

    /** {@code lanes} lanes of {@code perLane} milestones a week apart from {@code start}, with a few links. */
    static TimelineData grid(int lanes, int perLane, LocalDate start, long seed) {
        Random random = new Random(seed);
        List<TimelineLane> out = new ArrayList<>();
        List<TimelineLink> links = new ArrayList<>();
        long id = 1;
        for (int lane = 0; lane < lanes; lane++) {
            List<TimelineItem> items = new ArrayList<>();
            for (int k = 0; k < perLane; k++) {
                LocalDate baseline = start.plusDays(7L * k + random.nextInt(5));
                int slip = random.nextInt(10) < 3 ? random.nextInt(20) : 0;
                LocalDate forecast = baseline.plusDays(slip);
                LocalDate deadline = random.nextInt(8) == 0 ? baseline.plusDays(10) : null;
                items.add(new TimelineItem(id, "L" + lane + " M" + k, forecast, baseline, deadline, null,
                        State.values()[random.nextInt(3)], slip, "lane " + lane + " item " + k));
                if (k > 0 && random.nextInt(4) == 0) {
                    links.add(new TimelineLink(id - 1, id, "FS"));
                }
                if (lane > 0 && random.nextInt(10) == 0) {
                    links.add(new TimelineLink(id - perLane, id, "FS"));
                }
                id++;
            }
            out.add(new TimelineLane("lane-" + lane, "Lane " + lane, items));
        }
        return new TimelineData(out, links);
    }

    static TimelineItem item(long id, String label, LocalDate forecast) {
        return new TimelineItem(id, label, forecast, null, null, null, State.PLANNED, 0, "");
    }

    /** A realistic cross-functional program around {@code today}: 6 workstreams, 31 milestones. */
    static TimelineData program(LocalDate today) {
        Builder b = new Builder(today);
        b.lane("pm", "Product management");
        b.m("Problem statement signed off", -118, 0, null, "Maya Okafor · PRD v1 approved by sponsor");
        b.m("Pricing model decision", -76, 9, null, "Maya Okafor · waiting on finance input for two weeks");
        b.m("Beta cohort selected", -20, 0, null, "Maya Okafor · 40 merchants across 3 regions");
        b.m("Launch readiness review", 62, 6, 70, "Maya Okafor · go/no-go with VP Commerce");
        b.m("GA decision", 96, 0, 105, "Maya Okafor · sponsor sign-off");
        b.lane("ux", "UX & research");
        b.m("Discovery interviews done", -104, 0, null, "Lena Park · 18 interviews, synthesis in Dovetail");
        b.m("Checkout flow prototype", -70, 5, null, "Lena Park · Figma prototype v3");
        b.m("Usability study round 2", -12, 12, null, "Lena Park · slipped: recruiting took longer");
        b.m("Final visual design", 24, 0, null, "Lena Park · handoff to web and mobile");
        b.m("Accessibility audit", 50, 0, 58, "External vendor · WCAG 2.2 AA");
        b.lane("api", "Platform API");
        b.m("Payments API design review", -96, 0, null, "Arjun Mehta · RFC-231 approved");
        b.m("Tokenization service MVP", -48, 14, null, "Arjun Mehta · vault migration slipped two weeks");
        b.m("Fraud rules engine integration", 6, 21, 14, "Arjun Mehta · vendor SDK late; mitigation: feature flag");
        b.m("Load test at 3x peak", 38, 8, null, "SRE · 12k checkouts/min target");
        b.m("API freeze", 66, 0, null, "Arjun Mehta");
        b.lane("client", "Web & mobile");
        b.m("Design system tokens", -84, 0, null, "Sam Rivera · shared with mobile");
        b.m("Web checkout behind flag", -28, 4, null, "Sam Rivera · internal dogfood");
        b.m("iOS beta build", 18, 10, null, "Priya Nair · TestFlight");
        b.m("Android beta build", 26, 16, 40, "Priya Nair · Play console review pending");
        b.m("Client code complete", 56, 0, null, "Sam Rivera");
        b.m("Legacy checkout retired", 130, 0, null, "Sam Rivera · after 30 days at 100%");
        b.lane("data", "Data & analytics");
        b.m("Event schema agreed", -90, 0, null, "Noor Haddad · tracking plan v2");
        b.m("Funnel dashboard live", -34, 7, null, "Noor Haddad · Looker");
        b.m("A/B test plan approved", 10, 0, null, "Noor Haddad · power analysis for 2% lift");
        b.m("Experiment readout", 84, 0, null, "Noor Haddad");
        b.cancelled("Legacy funnel backfill", 30, "Descoped on the March steering call");
        b.lane("gtm", "Go-to-market");
        b.m("Positioning & messaging", -40, 0, null, "Chris Lee · marketing brief");
        b.m("Sales enablement kit", 34, 11, null, "Chris Lee · waiting on final screenshots");
        b.m("Support runbooks", 58, 0, 64, "Dana White · CX team trained");
        b.m("Launch announcement", 100, 0, 105, "Chris Lee · blog, email, in-app");
        b.m("Partner webinar", 118, 0, null, "Chris Lee");

        b.link("Problem statement signed off", "Discovery interviews done");
        b.link("Discovery interviews done", "Checkout flow prototype");
        b.link("Checkout flow prototype", "Usability study round 2");
        b.link("Usability study round 2", "Final visual design");
        b.link("Final visual design", "iOS beta build");
        b.link("Final visual design", "Android beta build");
        b.link("Payments API design review", "Tokenization service MVP");
        b.link("Tokenization service MVP", "Fraud rules engine integration");
        b.link("Fraud rules engine integration", "Load test at 3x peak");
        b.link("Load test at 3x peak", "API freeze");
        b.link("Design system tokens", "Web checkout behind flag");
        b.link("Web checkout behind flag", "Client code complete");
        b.link("Event schema agreed", "Funnel dashboard live");
        b.link("A/B test plan approved", "Experiment readout");
        b.link("API freeze", "Launch readiness review");
        b.link("Client code complete", "Launch readiness review");
        b.link("Launch readiness review", "GA decision");
        b.link("Experiment readout", "GA decision");
        b.link("GA decision", "Launch announcement");
        b.link("Support runbooks", "Launch readiness review");
        b.link("GA decision", "Legacy checkout retired");
        return b.build();
    }

    private static final class Builder {
        private final LocalDate today;
        private final List<TimelineLane> lanes = new ArrayList<>();
        private final List<TimelineLink> links = new ArrayList<>();
        private final Map<String, Long> ids = new HashMap<>();
        private String laneId;
        private String laneTitle;
        private List<TimelineItem> items;
        private long next = 100;

        Builder(LocalDate today) {
            this.today = today;
        }

        void lane(String id, String title) {
            flush();
            laneId = id;
            laneTitle = title;
            items = new ArrayList<>();
        }

        void m(String title, int baselineOffset, int slip, Integer deadlineOffset, String details) {
            LocalDate baseline = today.plusDays(baselineOffset);
            LocalDate forecast = baseline.plusDays(slip);
            State state;
            LocalDate actual = null;
            if (forecast.isBefore(today.minusDays(3))) {
                state = State.DONE;
                actual = forecast;
            } else if (forecast.isBefore(today.plusDays(30))) {
                state = State.IN_PROGRESS;
            } else {
                state = State.PLANNED;
            }
            LocalDate deadline = deadlineOffset == null ? null : today.plusDays(deadlineOffset);
            add(new TimelineItem(next, title, forecast, baseline, deadline, actual, state, slip, details));
        }

        void cancelled(String title, int offset, String details) {
            LocalDate d = today.plusDays(offset);
            add(new TimelineItem(next, title, d, d, null, null, State.CANCELLED, 0, details));
        }

        private void add(TimelineItem item) {
            items.add(item);
            ids.put(item.label(), item.id());
            next++;
        }

        void link(String from, String to) {
            links.add(new TimelineLink(ids.get(from), ids.get(to), "FS"));
        }

        private void flush() {
            if (items != null) {
                lanes.add(new TimelineLane(laneId, laneTitle, items));
            }
        }

        TimelineData build() {
            flush();
            items = null;
            return new TimelineData(lanes, links);
        }
    }
}
