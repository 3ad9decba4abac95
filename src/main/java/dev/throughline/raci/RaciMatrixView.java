package dev.throughline.raci;

import dev.throughline.app.Session;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A program's RACI as a keyboard-first grid: rows are deliverables grouped under their workstream,
 * columns are people grouped by function. Arrows move the cell cursor, R/A/C/I set a cell,
 * Delete/Backspace clears it, Alt+Up/Down reorders rows. Rows that break a rule are marked in place.
 */
public final class RaciMatrixView extends BorderPane implements dev.throughline.ui.Reveals {

    /** A line of the grid: a workstream heading ({@code deliverable} null) or a deliverable. */
    record Line(String group, Deliverable deliverable) {
        boolean heading() {
            return deliverable == null;
        }
    }

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");

    private final RaciMatrixViewModel model;
    private final TableView<Line> table = new TableView<>();
    private final TableColumn<Line, Line> titleColumn = new TableColumn<>("Deliverable");
    private final Map<TableColumn<Line, ?>, Person> personOf = new LinkedHashMap<>();
    private final Label summary = new Label();
    private List<Long> shownMembers = List.of();
    private List<RaciRules.RowProblem> problems = List.of();
    /** Where the cell cursor is, by identity, so that it survives reloads. */
    private Long cursorDeliverable;
    private Long cursorPerson;

    public RaciMatrixView(Session session, long programId) {
        this.model = new RaciMatrixViewModel(session, programId);
        getStyleClass().add(Styles.PAGE);
        setId("raci-view");
        setTop(toolbar(session));
        setCenter(table());
        model.matrix.addListener((obs, old, now) -> refresh());
        model.hideUnassigned.addListener((obs, old, now) -> refresh());
        dev.throughline.ui.Lifecycle.whileInScene(this, model::activate, model::deactivate);
    }

    /** Puts the cursor on the deliverable with this id (the home screen's RACI problems point here). */
    @Override
    public void reveal(long deliverableId) {
        cursorDeliverable = deliverableId;
        dev.throughline.ui.TableReveal.select(table, line -> !line.heading() && line.deliverable().id() == deliverableId);
    }

    private VBox toolbar(Session session) {
        summary.setId("raci-summary");
        summary.getStyleClass().add("tl-raci-summary");
        summary.textProperty().bind(model.summaryProperty());

        dev.throughline.people.PersonPicker person = new dev.throughline.people.PersonPicker(session, model.addable);
        person.setId("raci-add-person");
        person.setPromptText("Add a person (type a name)…");
        person.setPrefWidth(250);
        Button addPerson = new Button("Add column", Icons.add());
        addPerson.setId("raci-add-member");
        addPerson.disableProperty().bind(person.chosenProperty().isNull());
        addPerson.setOnAction(e -> {
            model.addMember(person.chosen());
            person.choose((Person) null);
        });
        Button removePerson = new Button("Remove column");
        removePerson.setOnAction(e -> {
            Person p = cursorPerson == null ? null : personById(cursorPerson);
            if (p != null) {
                model.removeMember(p);
            } else {
                session.status().error("Put the cursor in a person's column to remove it.");
            }
        });

        TextField title = new TextField();
        title.setId("raci-new-title");
        title.setPromptText("New deliverable…");
        title.setPrefColumnCount(18);
        ComboBox<Workstream> stream = new ComboBox<>(model.workstreams);
        stream.setId("raci-new-workstream");
        stream.setPromptText("Workstream");
        stream.setCellFactory(list -> workstreamCell(null));
        stream.setButtonCell(workstreamCell(stream.getPromptText()));
        stream.valueProperty().bindBidirectional(model.newRowWorkstream);
        Button addRow = new Button("Add row", Icons.add());
        addRow.setId("raci-add-row");
        addRow.disableProperty().bind(title.textProperty().isEmpty());
        Runnable add = () -> {
            if (!title.getText().isBlank()) {
                model.addDeliverable(title.getText(), stream.getValue());
                title.clear();
            }
        };
        addRow.setOnAction(e -> add.run());
        title.setOnAction(e -> add.run());

        Button up = new Button("Move up");
        up.setOnAction(e -> withRow(d -> model.move(d.id(), -1)));
        Button down = new Button("Move down");
        down.setOnAction(e -> withRow(d -> model.move(d.id(), +1)));
        Button rename = new Button("Rename…", Icons.edit());
        rename.setOnAction(e -> withRow(this::askRename));
        Button delete = new Button("Delete row", Icons.delete());
        delete.setOnAction(e -> withRow(d -> model.delete(d.id())));

        CheckBox hide = new CheckBox("Hide people with no role");
        hide.setId("raci-hide-unassigned");
        hide.selectedProperty().bindBidirectional(model.hideUnassigned);
        Button markdown = new Button("Copy Markdown");
        markdown.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.markdown());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            session.status().info("Copied the RACI as a Markdown table");
        });
        Button csv = new Button("Save CSV…");
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the RACI as CSV");
            chooser.setInitialFileName("raci.csv");
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.saveCsv(file.toPath());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox columns = new HBox(8, person, addPerson, removePerson, spacer, hide, markdown, csv);
        columns.setAlignment(Pos.CENTER_LEFT);
        HBox rows = new HBox(8, title, stream, addRow, up, down, moveButton(), rename, delete);
        rows.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label("Arrows move · R, A, C, I set (A then R makes A/R) · Delete clears · Alt+↑/↓ reorders · Ctrl+Z undoes");
        keys.getStyleClass().add(Styles.MUTED);
        VBox bar = new VBox(8, summary, columns, rows, keys);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private TableView<Line> table() {
        table.setId("raci-table");
        table.getStyleClass().add("tl-raci-table");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No deliverables yet. Add the rows someone must own, then the people."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        titleColumn.setId("raci-col-title");
        titleColumn.setPrefWidth(280);
        titleColumn.setSortable(false);
        titleColumn.setReorderable(false);
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        titleColumn.setCellFactory(c -> new TitleCell());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                boolean heading = !empty && line != null && line.heading();
                pseudoClassStateChanged(HEADING, heading);
                pseudoClassStateChanged(PROBLEM, !empty && line != null && !heading
                        && !RaciRules.ofRow(problems, line.deliverable().id()).isEmpty());
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) -> remember(now));
        table.setContextMenu(rowMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        return table;
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            withRow(d -> model.move(d.id(), code == KeyCode.UP ? -1 : +1));
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return; // Ctrl+Z and the other accelerators
        }
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            moveVertically(code == KeyCode.UP ? -1 : +1);
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            Person p = cursorPerson == null ? null : personById(cursorPerson);
            if (cursorDeliverable != null && p != null) {
                model.clear(cursorDeliverable, p.id());
            }
            e.consume();
        } else if (code.isLetterKey() || code.isDigitKey()) {
            Person p = cursorPerson == null ? null : personById(cursorPerson);
            if (cursorDeliverable == null || p == null) {
                return;
            }
            String typed = code.isLetterKey() ? code.getName() : code.getChar();
            model.type(cursorDeliverable, p.id(), typed);
            e.consume();
        } else if (code == KeyCode.F2 || (code == KeyCode.ENTER && cursorPerson == null)) {
            withRow(this::askRename);
            e.consume();
        }
    }

    /** Up and down skip the workstream headings, keeping the column. */
    private void moveVertically(int direction) {
        TablePosition<Line, ?> at = table.getFocusModel().getFocusedCell();
        int row = at == null ? -1 : at.getRow();
        TableColumn<Line, ?> column = at == null || at.getTableColumn() == null ? firstColumn() : at.getTableColumn();
        for (int i = row + direction; i >= 0 && i < table.getItems().size(); i += direction) {
            if (!table.getItems().get(i).heading()) {
                focus(i, column);
                return;
            }
        }
    }

    private TableColumn<Line, ?> firstColumn() {
        return personOf.isEmpty() ? titleColumn : personOf.keySet().iterator().next();
    }

    private void focus(int row, TableColumn<Line, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(Math.max(0, row - 3));
    }

    private void remember(TablePosition<Line, ?> at) {
        if (at == null || at.getRow() < 0 || at.getRow() >= table.getItems().size()) {
            return;
        }
        Line line = table.getItems().get(at.getRow());
        if (line.heading()) {
            return;
        }
        cursorDeliverable = line.deliverable().id();
        Person p = at.getTableColumn() == null ? null : personOf.get(at.getTableColumn());
        cursorPerson = p == null ? null : p.id();
    }

    private Person personById(long id) {
        return personOf.values().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private void withRow(java.util.function.Consumer<Deliverable> action) {
        RaciMatrix m = model.matrix.get();
        if (m != null && cursorDeliverable != null) {
            m.deliverable(cursorDeliverable).ifPresent(action);
        }
    }

    /** Right-click on a row: move it to another workstream. */
    private ContextMenu rowMenu() {
        Menu moveTo = new Menu("Move to workstream");
        ContextMenu menu = new ContextMenu(moveTo);
        menu.setOnShowing(e -> moveTo.setDisable(!fillMoveTargets(moveTo.getItems())));
        return menu;
    }

    /** The toolbar's "Move to workstream ▾", for the row the cursor is on. */
    private MenuButton moveButton() {
        MenuButton move = new MenuButton("Move to workstream");
        move.setId("raci-move-row");
        move.setOnShowing(e -> {
            if (!fillMoveTargets(move.getItems())) {
                move.getItems().setAll(disabled("Put the cursor on a row first"));
            }
        });
        move.getItems().add(disabled("Put the cursor on a row first"));
        return move;
    }

    /** One item per workstream (and "No workstream") that moves the cursor's row there; false without a row. */
    private boolean fillMoveTargets(List<MenuItem> items) {
        items.clear();
        RaciMatrix m = model.matrix.get();
        Deliverable row = m == null || cursorDeliverable == null ? null : m.deliverable(cursorDeliverable).orElse(null);
        if (row == null) {
            return false;
        }
        List<Workstream> targets = new ArrayList<>(model.workstreams);
        targets.add(null);
        for (Workstream w : targets) {
            MenuItem item = new MenuItem(w == null ? "No workstream" : w.name());
            item.setDisable(Objects.equals(w == null ? null : w.id(), row.workstreamId()));
            item.setOnAction(a -> model.moveToWorkstream(row, w));
            items.add(item);
        }
        return true;
    }

    private static MenuItem disabled(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private void askRename(Deliverable d) {
        TextInputDialog ask = new TextInputDialog(d.title());
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Rename deliverable");
        ask.setHeaderText(null);
        ask.setContentText("Title");
        ask.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> model.rename(d.id(), t));
    }

    /** Rebuilds rows (and columns when the people changed) from the loaded matrix; the cursor stays put. */
    private void refresh() {
        RaciMatrix m = model.matrix.get();
        if (m == null) {
            return;
        }
        Long keepDeliverable = cursorDeliverable;
        Long keepPerson = cursorPerson;
        problems = m.problems();
        summary.pseudoClassStateChanged(PROBLEM, !problems.isEmpty());
        List<Person> members = model.visibleMembers();
        List<Long> ids = members.stream().map(Person::id).toList();
        if (!ids.equals(shownMembers) || table.getColumns().isEmpty()) {
            rebuildColumns(members);
            shownMembers = ids;
        } else {
            // Same people; names or functions may have changed.
            for (Map.Entry<TableColumn<Line, ?>, Person> entry : personOf.entrySet()) {
                members.stream().filter(p -> p.id() == entry.getValue().id()).findFirst().ifPresent(entry::setValue);
            }
        }
        List<Line> lines = new ArrayList<>();
        Long group = -1L;
        boolean first = true;
        for (Deliverable d : m.deliverables()) {
            if (first || !Objects.equals(group, d.workstreamId())) {
                group = d.workstreamId();
                first = false;
                lines.add(new Line(m.workstreamName(d.workstreamId()), null));
            }
            lines.add(new Line(m.workstreamName(d.workstreamId()), d));
        }
        table.getItems().setAll(lines);
        table.refresh();
        restoreCursor(keepDeliverable, keepPerson);
    }

    private void restoreCursor(Long deliverableId, Long personId) {
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            Line line = table.getItems().get(i);
            if (!line.heading() && deliverableId != null && line.deliverable().id() == deliverableId) {
                row = i;
            }
        }
        if (row < 0) {
            row = table.getItems().size() > 1 ? 1 : -1;
        }
        if (row < 0) {
            return;
        }
        TableColumn<Line, ?> column = personOf.entrySet().stream().filter(e -> Objects.equals(e.getValue().id(), personId))
                .map(Map.Entry::getKey).findFirst().orElse(personId == null && deliverableId != null ? titleColumn : firstColumn());
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
    }

    private void rebuildColumns(List<Person> members) {
        personOf.clear();
        List<TableColumn<Line, ?>> columns = new ArrayList<>();
        columns.add(titleColumn);
        Map<Function, TableColumn<Line, String>> groups = new LinkedHashMap<>();
        for (Person p : members) {
            TableColumn<Line, String> group = groups.computeIfAbsent(p.function(), f -> {
                TableColumn<Line, String> g = new TableColumn<>(f.label());
                g.setSortable(false);
                g.setReorderable(false);
                return g;
            });
            TableColumn<Line, String> column = new TableColumn<>();
            Label header = new Label(shortName(p.name()));
            header.setTooltip(new Tooltip(p.name() + (p.role().isBlank() ? "" : " · " + p.role()) + " · " + p.function().label()));
            column.setGraphic(header);
            column.setId("raci-col-" + p.id());
            column.setPrefWidth(Math.max(100, 8 * shortName(p.name()).length() + 36));
            column.setSortable(false);
            column.setReorderable(false);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().heading() || model.matrix.get() == null
                    ? "" : model.matrix.get().label(c.getValue().deliverable().id(), p.id())));
            column.setCellFactory(c -> new LetterCell());
            group.getColumns().add(column);
            personOf.put(column, p);
        }
        columns.addAll(groups.values());
        table.getColumns().setAll(columns);
    }

    /** "Maya Okafor" → "Maya O." to keep 15 columns readable. */
    static String shortName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts.length < 2 ? name.strip() : parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
    }

    /** The workstream picker's cell; as the button cell ({@code prompt} set) it shows the prompt while nothing is chosen. */
    private static ListCell<Workstream> workstreamCell(String prompt) {
        return PromptCell.of(prompt, Workstream::name);
    }

    private final class TitleCell extends TableCell<Line, Line> {
        private final Label marker = new Label("!");

        TitleCell() {
            marker.getStyleClass().add("tl-raci-marker");
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("tl-raci-heading");
            setTooltip(null);
            setGraphic(null);
            if (empty || line == null) {
                setText(null);
                return;
            }
            if (line.heading()) {
                setText(line.group());
                getStyleClass().add("tl-raci-heading");
                return;
            }
            setText(line.deliverable().title());
            List<RaciRules.RowProblem> mine = RaciRules.ofRow(problems, line.deliverable().id());
            if (!mine.isEmpty()) {
                setGraphic(marker);
                setTooltip(new Tooltip(String.join("\n", mine.stream().map(p -> capitalized(p.detail())).toList())));
            }
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final class LetterCell extends TableCell<Line, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("tl-raci-a", "tl-raci-r", "tl-raci-c", "tl-raci-i");
            setText(empty ? null : value);
            setAlignment(Pos.CENTER);
            if (!empty && value != null && !value.isEmpty()) {
                getStyleClass().add(value.startsWith("A") ? "tl-raci-a" : "tl-raci-" + value.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
