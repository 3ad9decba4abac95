package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.timeline.TimelineData;
import dev.throughline.timeline.TimelineView;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.ReloadWhenShown;
import dev.throughline.ui.Styles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;

/** Every program on one timeline, one lane each; cross-program dependencies show as arrows between lanes. */
public final class PortfolioTimelineView extends BorderPane {

    /** A program as the portfolio timeline lists it. */
    public record ProgramLane(long id, String key, String name, boolean archived) {
    }

    /** Lists the programs; supplied by the composition root so this view needs no program service. */
    public interface Programs {
        List<ProgramLane> lanes();
    }

    private final Session session;
    private final Programs programs;
    private final TimelineView timeline = new TimelineView();
    private final CheckBox archived = new CheckBox("Archived");
    private Subscription subscription = Subscription.NONE;
    private boolean fitted;

    /** Hidden (another tab selected), the view reloads once it is shown again, not on every edit. */
    private final Runnable reloadWhenShown = ReloadWhenShown.of(this, this::reload);

    public PortfolioTimelineView(Session session, Programs programs, LongConsumer openProgram) {
        this.session = session;
        this.programs = programs;
        getStyleClass().add(Styles.PAGE);
        setId("portfolio-timeline");
        timeline.setId("portfolio-timeline-canvas");
        timeline.setToday(LocalDate.now());
        timeline.laneColumnTitleProperty().set("Program");
        timeline.laneTitleWidthProperty().set(280);
        timeline.placeholderTextProperty().set("No milestones in the portfolio yet.");
        timeline.setOnMove((item, date) -> session.background().run("Re-forecasting…",
                () -> session.workspace().milestones().moveForecast(item.id(), date),
                moved -> session.status().info("Moved “" + item.label() + "” to " + date
                        + (moved > 1 ? "; " + (moved - 1) + " dependent(s) followed" : "") + " (Undo with Ctrl+Z)"),
                session.status()::failure));
        timeline.setOnOpen(item -> session.load("Opening…",
                () -> session.workspace().milestones().get(item.id()).programId(), openProgram::accept));
        archived.selectedProperty().addListener((obs, old, now) -> reload());
        setTop(TimelineToolbar.of("Portfolio timeline", timeline, session, "portfolio-timeline", archived));
        setCenter(timeline);
        Lifecycle.whileInScene(this, () -> {
            subscription = session.onChanges(e -> e.entity() != EntityChanged.Entity.OBJECTIVE
                    && e.entity() != EntityChanged.Entity.PERSON, reloadWhenShown);
            reload();
        }, () -> subscription.cancel());
    }

    private void reload() {
        boolean withArchived = archived.isSelected();
        MilestoneService service = session.workspace().milestones();
        session.load("Drawing the portfolio timeline…", () -> {
            Map<Long, List<MilestoneRow>> rows = service.portfolioRows();
            Map<String, List<MilestoneRow>> lanes = new LinkedHashMap<>();
            for (ProgramLane p : programs.lanes()) {
                if (withArchived || !p.archived()) {
                    lanes.put(p.key() + "  " + p.name(), rows.getOrDefault(p.id(), List.of()));
                }
            }
            return TimelineBuilder.forPortfolio(lanes, service.allDependencies());
        }, this::show);
    }

    private void show(TimelineData data) {
        timeline.setData(data);
        if (!fitted) {
            fitted = true;
            timeline.setZoom(dev.throughline.timeline.TimelineScale.Zoom.MONTH);
            timeline.scrollTo(LocalDate.now().plusWeeks(8)); // centred: a little history, mostly what is coming
        }
    }

    public TimelineView timeline() {
        return timeline;
    }
}
