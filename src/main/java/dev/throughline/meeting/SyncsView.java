package dev.throughline.meeting;

import dev.throughline.app.Session;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Read-only Syncs tab: next occurrences with zone warnings, and the selected occurrence's generated agenda. */
public final class SyncsView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final SyncsViewModel model;

    public SyncsView(Session session, long programId) {
        model = new SyncsViewModel(session, programId, ZoneId.systemDefault());
        TableView<Occurrence> table = new TableView<>(model.occurrences());
        table.setId("syncs-occurrences");
        table.setPlaceholder(new Label("No sync series yet. Add one from the command line or load the sample."));
        table.getColumns().add(column("Series", 170, o -> o.title() + (o.asyncFirst() ? " (async first)" : "")));
        table.getColumns().add(column("When (series zone)", 230, o -> WHEN.format(o.start()) + " " + o.start().getZone().getId()));
        table.getColumns().add(column("Your time", 200, o -> WHEN.format(o.startIn(model.viewer()))));
        table.getColumns().add(column("Attendees", 260, o -> String.join(", ", o.attendees().stream()
                .map(AttendeeTime::describe).toList())));
        table.getColumns().add(column("Working-hours warnings", 320, o -> String.join("; ", o.warnings())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        TextArea agenda = new TextArea();
        agenda.setId("syncs-agenda");
        agenda.setEditable(false);
        agenda.setWrapText(true);
        agenda.textProperty().bind(model.agendaProperty());
        VBox agendaBox = new VBox(4, new Label("Generated agenda (Markdown)"), agenda);
        VBox.setVgrow(agenda, javafx.scene.layout.Priority.ALWAYS);
        agendaBox.setPadding(new Insets(6));
        SplitPane split = new SplitPane(table, agendaBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
            } else if (now == null) {
                model.deactivate();
            }
        });
    }

    private static TableColumn<Occurrence, String> column(String title, double width,
                                                          java.util.function.Function<Occurrence, String> value) {
        TableColumn<Occurrence, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
