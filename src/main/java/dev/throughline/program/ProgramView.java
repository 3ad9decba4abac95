package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.milestone.MilestonesView;
import dev.throughline.milestone.ProgramTimelineView;
import dev.throughline.meeting.DecisionsView;
import dev.throughline.meeting.SyncsView;
import dev.throughline.raci.RaciMatrixView;
import dev.throughline.risk.RaidView;
import dev.throughline.snapshot.StatusView;
import dev.throughline.ui.LazyTab;
import java.util.function.Supplier;
import javafx.beans.binding.StringExpression;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** One program's area: its overview, milestones and timeline, each a tab. */
public final class ProgramView extends TabPane {

    private final ProgramPage overview;

    public ProgramView(Session session, long programId, Runnable whenGone) {
        overview = new ProgramPage(session, programId, whenGone);
        getStyleClass().add("tl-program-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setSide(javafx.geometry.Side.TOP);
        // A tab's view is built (and reads its data) when the tab is first shown; RAID is built at once
        // because the overview shows its triggered-risk badge.
        RaidView raid = new RaidView(session, programId);
        overview.addBadge(raid.triggeredBadge("program-raid-triggered"));
        getTabs().addAll(tab("Overview", overview, "program-tab-overview"),
                lazyTab("Milestones", () -> new MilestonesView(session, programId), "program-tab-milestones"),
                lazyTab("Timeline", () -> new ProgramTimelineView(session, programId, "program-" + programId),
                        "program-tab-timeline"),
                lazyTab("RACI", () -> new RaciMatrixView(session, programId), "program-tab-raci"),
                tab("RAID", raid, "program-tab-raid"),
                lazyTab("Syncs", () -> new SyncsView(session, programId), "program-tab-syncs"),
                lazyTab("Decisions & actions", () -> new DecisionsView(session, programId), "program-tab-decisions"),
                lazyTab("Status", () -> new StatusView(session, programId), "program-tab-status"));
    }

    /** The program key, for the outer tab's title. */
    public StringExpression title() {
        return overview.lookupTitle();
    }

    /** Shows the tab with the given id (for example {@code program-tab-timeline}). */
    public void select(String tabId) {
        getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(getSelectionModel()::select);
    }

    /** Selects the item with {@code itemId} in the tab with {@code tabId}, once that tab has loaded it. */
    public void reveal(String tabId, long itemId) {
        getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .filter(t -> t.getContent() instanceof dev.throughline.ui.Reveals)
                .ifPresent(t -> ((dev.throughline.ui.Reveals) t.getContent()).reveal(itemId));
    }

    private static Tab lazyTab(String title, Supplier<Node> content, String id) {
        return LazyTab.fillOnFirstSelection(tab(title, null, id), content);
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
