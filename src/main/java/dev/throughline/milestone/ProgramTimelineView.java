package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.timeline.TimelineData;
import dev.throughline.timeline.TimelineView;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.layout.BorderPane;

/**
 * A program's timeline: a lane per workstream, baseline ghosts, dependencies, deadlines. Dragging a
 * milestone moves its forecast and its dependents in one undoable step; double-click edits it.
 */
public final class ProgramTimelineView extends BorderPane {

    private final Session session;
    private final long programId;
    private final TimelineView timeline = new TimelineView();
    private final MilestonesViewModel edits;
    private Subscription subscription = Subscription.NONE;
    private boolean fitted;

    public ProgramTimelineView(Session session, long programId, String programKey) {
        this.session = session;
        this.programId = programId;
        this.edits = new MilestonesViewModel(session, programId);
        getStyleClass().add(Styles.PAGE);
        setId("program-timeline");
        timeline.setId("program-timeline-canvas");
        timeline.setToday(LocalDate.now());
        timeline.laneColumnTitleProperty().set("Workstream");
        timeline.placeholderTextProperty().set("No milestones yet: add them in the Milestones tab.");
        timeline.setOnMove((item, date) -> edits.moveForecast(item.id(), date));
        timeline.setOnOpen(item -> openEditor(item.id()));
        setTop(TimelineToolbar.of("Timeline", timeline, session, programKey + "-timeline"));
        setCenter(timeline);
        Lifecycle.whileInScene(this, this::activate, this::deactivate);
    }

    private void activate() {
        subscription = session.onChanges(e -> e.entity() != EntityChanged.Entity.OBJECTIVE, this::reload);
        edits.activate();
        reload();
    }

    private void deactivate() {
        subscription.cancel();
        edits.deactivate();
    }

    private void reload() {
        MilestoneService service = session.workspace().milestones();
        session.load("Drawing the timeline…", () -> TimelineBuilder.forProgram(service.workstreams(programId),
                service.rows(programId, null), service.dependencies(programId)), this::show);
    }

    private void show(TimelineData data) {
        timeline.setData(data);
        if (!fitted) {
            fitted = true;
            timeline.zoomToFit();
        }
    }

    private void openEditor(long milestoneId) {
        MilestoneRow row = edits.all().stream().filter(r -> r.milestone().id() == milestoneId).findFirst().orElse(null);
        if (row != null) {
            MilestoneFormDialog.show(getScene().getWindow(), session, programId, row.milestone(),
                    List.copyOf(edits.workstreams), edits.people, edits.dependencyLines(milestoneId));
        }
    }

    /** The control itself, for tests and benchmarks. */
    public TimelineView timeline() {
        return timeline;
    }
}
