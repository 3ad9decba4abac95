package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A program's overview: header, facts, objectives. Later features add their own tabs beside it. */
public final class ProgramPage extends ScrollPane {


    private final Session session;
    private final ProgramPageModel model;
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label health = new Label();
    private final Label healthOrigin = new Label();
    private final Label priority = new Label();
    private final Label healthReason = new Label();
    private final Label objective = new Label();
    private final GridPane facts = new GridPane();
    private final FlowPane links = new FlowPane(8, 4);
    private final TableView<Objective> objectives = new TableView<>();
    private final javafx.beans.binding.StringBinding tabTitle;
    private final HBox header;

    public ProgramPage(Session session, long programId, Runnable whenGone) {
        this.session = session;
        this.model = new ProgramPageModel(session, programId);
        this.tabTitle = javafx.beans.binding.Bindings.createStringBinding(() -> model.loaded().get() == null ? "Program"
                : model.loaded().get().program().key(), model.loaded());
        getStyleClass().add(Styles.PAGE);
        setFitToWidth(true);
        setId("program-page");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("program-title");
        status.getStyleClass().add(Styles.BADGE);
        health.getStyleClass().add(Styles.BADGE);
        priority.getStyleClass().add(Styles.BADGE);
        health.setId("program-health");
        healthOrigin.setId("program-health-origin");
        healthOrigin.getStyleClass().add(Styles.MUTED);
        healthReason.setWrapText(true);
        objective.setWrapText(true);
        Button edit = new Button("Edit program", Icons.edit());
        edit.setId("program-edit");
        edit.setOnAction(e -> {
            ProgramPageModel.Loaded loaded = model.loaded().get();
            if (loaded != null) {
                ProgramFormDialog.open(getScene().getWindow(), session, loaded.program(), saved -> { });
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(10, title, status, health, healthOrigin, priority, spacer, edit);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        facts.setHgap(16);
        facts.setVgap(6);
        VBox overview = new VBox(10, healthReason, objective, facts, links);
        overview.getStyleClass().add(Styles.CARD);

        VBox content = new VBox(16, header, overview, objectivesSection());
        content.setPadding(new javafx.geometry.Insets(4));
        setContent(content);

        model.loaded().addListener((obs, old, now) -> show(now));
        Lifecycle.whileInScene(this, () -> model.activate(whenGone), model::deactivate);
    }

    /** Adds a badge from another feature (e.g. triggered risks) after the program's own badges. */
    public void addBadge(javafx.scene.Node badge) {
        header.getChildren().add(header.getChildren().size() - 2, badge);
    }

    /** The tab title follows the program's key (held here: a binding nobody holds is collected). */
    public javafx.beans.binding.StringExpression lookupTitle() {
        return tabTitle;
    }

    private VBox objectivesSection() {
        Label heading = new Label("Objectives");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Button add = new Button("Add objective", Icons.add());
        add.setId("objective-add");
        add.setOnAction(e -> ObjectiveDialog.show(getScene().getWindow(), session, model.programId(), null));
        Button edit = new Button("Edit", Icons.edit());
        edit.setOnAction(e -> ObjectiveDialog.show(getScene().getWindow(), session, model.programId(),
                objectives.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove", Icons.delete());
        remove.setOnAction(e -> model.removeObjective(objectives.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(objectives.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(objectives.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer, add, edit, remove);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        objectives.setId("objectives-table");
        objectives.setItems(model.objectives());
        objectives.getColumns().add(column("Objective", Objective::text, 360));
        objectives.getColumns().add(column("Measure", Objective::measure, 180));
        objectives.getColumns().add(column("Target", Objective::target, 100));
        objectives.getColumns().add(column("Current", Objective::current, 100));
        objectives.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        objectives.setPlaceholder(new Label("No objectives yet: add what this program must move, and how it is measured."));
        objectives.setPrefHeight(200);
        objectives.setRowFactory(tv -> {
            TableRow<Objective> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    ObjectiveDialog.show(getScene().getWindow(), session, model.programId(), row.getItem());
                }
            });
            return row;
        });
        return new VBox(8, bar, objectives);
    }

    private void show(ProgramPageModel.Loaded loaded) {
        Program p = loaded.program();
        title.setText(p.key() + "  " + p.name());
        HealthBadge.restyle(status, p.status(), p.status().label() + (p.archived() ? " · archived" : ""));
        ProgramHealth current = loaded.health();
        HealthBadge.restyle(health, current.health(), current.health().label());
        healthOrigin.setText(current.origin());
        HealthBadge.restyle(priority, p.priority(), p.priority().name());
        healthReason.setText(current.reason().isBlank() ? "" : "Why " + current.health().label()
                .toLowerCase(java.util.Locale.ROOT) + ": " + current.reason());
        healthReason.setManaged(!current.reason().isBlank());
        objective.setText(p.objective().isBlank() ? "No objective written yet." : p.objective());
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "TPgM", person(loaded.tpgm()));
        row = fact(row, "Sponsor", person(loaded.sponsor()));
        row = fact(row, "Start", p.start() == null ? "—" : session.dates().format(p.start()));
        row = fact(row, "Target", p.target() == null ? "—" : session.dates().format(p.target()));
        fact(row, "Channel", p.channel().isBlank() ? "—" : p.channel());
        links.getChildren().clear();
        for (String link : p.links()) {
            Hyperlink hyperlink = new Hyperlink(link);
            hyperlink.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(link);
                Clipboard.getSystemClipboard().setContent(content);
                session.status().info("Copied " + link);
            });
            links.getChildren().add(hyperlink);
        }
    }

    private int fact(int row, String label, String value) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.MUTED);
        facts.add(caption, 0, row);
        facts.add(new Label(value), 1, row);
        return row + 1;
    }

    private static String person(Optional<Person> person) {
        return person.map(p -> p.name() + (p.role().isBlank() ? "" : ", " + p.role())
                + (p.slack().isBlank() ? "" : "  " + p.slack())).orElse("—");
    }

    private static TableColumn<Objective, String> column(String title, Function<Objective, String> value, double width) {
        TableColumn<Objective, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
