package dev.throughline.snapshot;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The portfolio's Status tab: the roll-up (one row per program from its latest snapshot) and every
 * snapshot of every program, newest first. Reloads when a snapshot or program changes.
 */
public final class PortfolioStatusModel {

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.SNAPSHOT,
            EntityChanged.Entity.PROGRAM);

    private final Session session;
    private final ObservableList<PortfolioRollup.Row> rollup = FXCollections.observableArrayList();
    private final ObservableList<SnapshotEntry> history = FXCollections.observableArrayList();
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private PortfolioRollup loaded = new PortfolioRollup(List.of());
    private LocalDate asOf = LocalDate.now();
    private Subscription subscription = Subscription.NONE;

    public PortfolioStatusModel(Session session) {
        this.session = session;
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        SnapshotService snapshots = session.workspace().snapshots();
        record Loaded(PortfolioRollup rollup, List<SnapshotEntry> history, LocalDate today) {
        }
        session.load("Reading the portfolio's status…", () -> new Loaded(snapshots.rollup(),
                snapshots.portfolioHistory(), snapshots.today()), l -> show(l.rollup(), l.history(), l.today()));
    }

    /** Shows what was loaded (tests call it directly). */
    public void show(PortfolioRollup rolledUp, List<SnapshotEntry> entries, LocalDate today) {
        loaded = rolledUp;
        asOf = today;
        rollup.setAll(rolledUp.rows());
        history.setAll(entries);
    }

    /** Writes the roll-up to {@code target} off the FX thread (temporary file, then move). */
    public void export(RollupExport.Format format, Path target) {
        PortfolioRollup rows = loaded;
        LocalDate day = asOf;
        exporting.set(true);
        session.background().run("Exporting the roll-up…", () -> session.chosenOutput(target).write(
                RollupExport.render(format, rows, day).getBytes(StandardCharsets.UTF_8)), written -> {
                    exporting.set(false);
                    session.status().info("Wrote " + written);
                }, failure -> {
                    exporting.set(false);
                    session.status().failure(failure);
                });
    }

    public String suggestedFileName(RollupExport.Format format) {
        return "portfolio-status-" + asOf + "." + format.extension();
    }

    public void open(long programId) {
        session.navigator().openProgram(programId);
    }

    public ObservableList<PortfolioRollup.Row> rollup() {
        return rollup;
    }

    public ObservableList<SnapshotEntry> history() {
        return history;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }
}
