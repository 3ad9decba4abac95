package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.milestone.MilestonesView;
import dev.throughline.milestone.ProgramTimelineView;
import dev.throughline.meeting.SyncsView;
import dev.throughline.raci.RaciMatrixView;
import dev.throughline.risk.RaidView;
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
        getTabs().addAll(tab("Overview", overview, "program-tab-overview"),
                tab("Milestones", new MilestonesView(session, programId), "program-tab-milestones"),
                tab("Timeline", new ProgramTimelineView(session, programId, "program-" + programId), "program-tab-timeline"),
                tab("RACI", new RaciMatrixView(session, programId), "program-tab-raci"));
        RaidView raid = new RaidView(session, programId);
        getTabs().add(tab("RAID", raid, "program-tab-raid"));
        overview.addBadge(raid.triggeredBadge("program-raid-triggered"));
        getTabs().add(tab("Syncs", new SyncsView(session, programId), "program-tab-syncs"));
    }

    /** The program key, for the outer tab's title. */
    public StringExpression title() {
        return overview.lookupTitle();
    }

    /** Selects the tab with this id (for example "program-tab-raci"); an unknown id leaves the selection. */
    public void select(String tabId) {
        getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    public void addTab(String title, Node content, String id) {
        getTabs().add(tab(title, content, id));
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
