package dev.throughline.app;

import dev.throughline.interchange.CsvKind;
import dev.throughline.interchange.HeaderMapping;
import dev.throughline.interchange.ImportOptions;
import dev.throughline.interchange.ImportPlan;
import dev.throughline.interchange.ImportTarget;
import dev.throughline.interchange.InterchangeService;
import dev.throughline.interchange.InterchangeService.CsvInspection;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.interchange.InterchangeService.Inspection;
import dev.throughline.interchange.InterchangeService.ProjectInspection;
import dev.throughline.interchange.SourcePlan;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.ui.Failures;
import dev.throughline.ui.Styles;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The import wizard: the file is read in the background, the user chooses where it goes, which tasks
 * count as milestones (or, for a CSV, which column feeds which field), sees the preview (created,
 * matched, skipped and why), and only then imports: one undoable step after an automatic backup.
 */
final class ImportWizardDialog {

    private static final String NONE = "(none)";

    private final Session session;
    private final Path file;
    private final Consumer<ImportResult> onImported;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label fileLabel = new Label();
    private final Label banner = new Label();
    private final Label summary = new Label("Choose where the plan goes, then Preview.");
    private final ToggleGroup targetGroup = new ToggleGroup();
    private final RadioButton newProgram = new RadioButton("New program");
    private final RadioButton existingProgram = new RadioButton("Existing program");
    private final RadioButton directoryOnly = new RadioButton("People directory only");
    private final TextField key = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> tpgm = new ComboBox<>();
    private final ComboBox<Program> program = new ComboBox<>();
    private final Map<TaskKind, CheckBox> kinds = new LinkedHashMap<>();
    private final ComboBox<CsvKind> csvKind = new ComboBox<>();
    private final GridPane mapping = new GridPane();
    private final Map<String, ComboBox<String>> columns = new LinkedHashMap<>();
    private final TableView<ImportPlan.Line> preview = new TableView<>();
    private final ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private final VBox projectOptions;
    private final VBox csvOptions;
    private Inspection inspection;
    private ImportPlan plan;

    private ImportWizardDialog(Window owner, Session session, Path file, Consumer<ImportResult> onImported) {
        this.session = session;
        this.file = file;
        this.onImported = onImported;
        dialog.initOwner(owner);
        dialog.setTitle("Import " + file.getFileName());
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("import-wizard");

        fileLabel.getStyleClass().add(Styles.SECTION_TITLE);
        fileLabel.setWrapText(true);
        fileLabel.setText(file.getFileName() + " — reading…");
        banner.getStyleClass().add(Styles.BANNER_ERROR);
        banner.setWrapText(true);
        show(banner, false);

        for (RadioButton r : List.of(newProgram, existingProgram, directoryOnly)) {
            r.setToggleGroup(targetGroup);
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        newProgram.setSelected(true);
        key.setPromptText("KEY-1");
        key.setId("import-key");
        key.setPrefColumnCount(8);
        key.setMinWidth(100);
        name.setPromptText("name (default: the file's title)");
        name.setPrefColumnCount(22);
        tpgm.setPromptText("the file's manager");
        tpgm.setEditable(false);
        tpgm.setPrefWidth(260);
        tpgm.setId("import-tpgm");
        program.setId("import-program");
        program.setPrefWidth(300);
        program.setCellFactory(list -> programCell());
        program.setButtonCell(programCell());
        GridPane target = new GridPane();
        target.setHgap(8);
        target.setVgap(6);
        Label runBy = new Label("run by");
        runBy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        target.addRow(0, newProgram, key, name, runBy, tpgm);
        target.addRow(1, existingProgram, program);
        GridPane.setColumnSpan(program, 2);
        target.addRow(2, directoryOnly);

        for (TaskKind kind : TaskKind.values()) {
            CheckBox box = new CheckBox(kind.label());
            box.setSelected(ImportOptions.defaultKinds().contains(kind));
            box.setId("import-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            kinds.put(kind, box);
        }
        projectOptions = new VBox(4, sectionTitle("Which tasks become milestones"));
        projectOptions.getChildren().addAll(kinds.values());

        csvKind.getItems().setAll(CsvKind.values());
        csvKind.setOnAction(e -> fillMapping());
        mapping.setHgap(8);
        mapping.setVgap(4);
        csvOptions = new VBox(6, sectionTitle("What the CSV holds"), csvKind, sectionTitle("Which column feeds each field"), mapping);
        show(csvOptions, false);

        Button previewButton = new Button("Preview");
        previewButton.setId("import-preview");
        previewButton.setDefaultButton(false);
        previewButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        previewButton.setOnAction(e -> preview());

        preview.setId("import-preview-table");
        preview.getColumns().add(column("Action", l -> l.action().name().toLowerCase(java.util.Locale.ROOT), 70));
        preview.getColumns().add(column("What", l -> l.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), 100));
        preview.getColumns().add(column("Name", ImportPlan.Line::name, 320));
        preview.getColumns().add(column("Why", ImportPlan.Line::why, 480));
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportPlan.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("tl-import-skip", "tl-import-match");
                if (!empty && line != null && line.action() != ImportPlan.Action.CREATE) {
                    getStyleClass().add(line.action() == ImportPlan.Action.SKIP ? "tl-import-skip" : "tl-import-match");
                }
            }
        });
        preview.setPlaceholder(new Label("Nothing previewed yet."));
        preview.setPrefHeight(320);
        VBox.setVgrow(preview, Priority.ALWAYS);
        summary.setId("import-summary");
        summary.setWrapText(true);

        HBox options = new HBox(24, projectOptions, csvOptions);
        VBox content = new VBox(10, fileLabel, banner, sectionTitle("Import into"), target, options,
                new HBox(10, previewButton, summary), preview);
        content.setPadding(new Insets(4));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(120);
        scroll.getStyleClass().addAll("edge-to-edge", "tl-form-scroll");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefSize(1040, 760);
        dialog.getDialogPane().setMinWidth(760);
        dev.throughline.ui.Dialogs.fitInside(dialog, owner);

        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("import-run");
        importButton.setDisable(true);
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            runImport(importButton);
        });
        targetGroup.selectedToggleProperty().addListener((obs, was, now) -> forgetPreview());
    }

    /** Opens the wizard and starts reading the file in the background. */
    static void open(Window owner, Session session, Path file, Consumer<ImportResult> onImported) {
        ImportWizardDialog wizard = new ImportWizardDialog(owner, session, file, onImported);
        wizard.dialog.show();
        wizard.dialog.setWidth(Math.min(1080, owner.getWidth()));
        wizard.dialog.setHeight(Math.min(780, owner.getHeight()));
        wizard.dialog.setY(Math.max(owner.getY(), Math.min(wizard.dialog.getY(),
                owner.getY() + owner.getHeight() - wizard.dialog.getHeight())));
        wizard.read();
    }

    private void read() {
        Workspace workspace = session.workspace();
        session.background().run("Reading " + file.getFileName() + "…", () -> new Loaded(workspace.interchange().inspect(file),
                workspace.programs().all(), workspace.people().all()), this::loaded, failure -> {
                    fileLabel.setText(file.getFileName().toString());
                    error(Failures.message(failure));
                });
    }

    private record Loaded(Inspection inspection, List<Program> programs, List<Person> people) {
    }

    private void loaded(Loaded loaded) {
        inspection = loaded.inspection();
        program.getItems().setAll(loaded.programs().stream().filter(p -> !p.archived()).toList());
        if (!program.getItems().isEmpty()) {
            program.getSelectionModel().select(0);
        }
        tpgm.getItems().setAll(loaded.people().stream().map(Person::name).toList());
        tpgm.getItems().add(0, NONE);
        if (inspection instanceof ProjectInspection p) {
            SourcePlan source = p.plan();
            fileLabel.setText(file.getFileName() + " — " + source.format() + ": " + source.tasks().size() + " tasks, "
                    + source.links().size() + " dependencies, " + source.resources().size() + " resources");
            name.setPromptText(source.title());
            tpgm.setPromptText(source.manager().isBlank() ? "choose who runs it" : source.manager() + " (the file's manager)");
            directoryOnly.setDisable(true);
        } else if (inspection instanceof CsvInspection c) {
            fileLabel.setText(file.getFileName() + " — CSV: " + c.table().rows().size() + " rows, columns "
                    + String.join(", ", c.table().headers()));
            show(projectOptions, false);
            show(csvOptions, true);
            csvKind.getSelectionModel().select(c.mapping().kind());
            fillMapping(c.mapping());
            if (c.mapping().kind() == CsvKind.PEOPLE) {
                directoryOnly.setSelected(true);
            }
        }
    }

    private void fillMapping() {
        if (inspection instanceof CsvInspection c && csvKind.getValue() != null) {
            fillMapping(HeaderMapping.guess(csvKind.getValue(), c.table().headers()));
            if (csvKind.getValue() == CsvKind.PEOPLE) {
                directoryOnly.setSelected(true);
            } else if (directoryOnly.isSelected()) {
                existingProgram.setSelected(true);
            }
            forgetPreview();
        }
    }

    private void fillMapping(HeaderMapping guess) {
        CsvInspection c = (CsvInspection) inspection;
        mapping.getChildren().clear();
        columns.clear();
        int row = 0;
        for (CsvKind.Field field : guess.kind().fields()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().add(NONE);
            choice.getItems().addAll(c.table().headers());
            choice.getSelectionModel().select(guess.column(field.name()).orElse(NONE));
            choice.setOnAction(e -> forgetPreview());
            choice.setId("map-" + field.name());
            columns.put(field.name(), choice);
            mapping.addRow(row++, new Label(field.name() + (field.required() ? " *" : "")), choice);
        }
    }

    private HeaderMapping currentMapping() {
        if (!(inspection instanceof CsvInspection) || csvKind.getValue() == null) {
            return null;
        }
        HeaderMapping m = new HeaderMapping(csvKind.getValue(), Map.of());
        for (Map.Entry<String, ComboBox<String>> e : columns.entrySet()) {
            String header = e.getValue().getValue();
            m = m.with(e.getKey(), NONE.equals(header) ? null : header);
        }
        return m;
    }

    private ImportOptions options() {
        ImportTarget target;
        if (directoryOnly.isSelected()) {
            target = new ImportTarget.Directory();
        } else if (existingProgram.isSelected()) {
            Program chosen = program.getValue();
            target = new ImportTarget.Existing(chosen == null ? -1 : chosen.id());
        } else {
            String person = tpgm.getValue() == null || NONE.equals(tpgm.getValue()) ? null : tpgm.getValue();
            target = new ImportTarget.NewProgram(key.getText(), name.getText(), person);
        }
        Set<TaskKind> chosen = EnumSet.noneOf(TaskKind.class);
        kinds.forEach((kind, box) -> {
            if (box.isSelected()) {
                chosen.add(kind);
            }
        });
        if (inspection instanceof CsvInspection) {
            chosen.addAll(EnumSet.allOf(TaskKind.class));
        }
        return new ImportOptions(target, chosen);
    }

    private void preview() {
        if (inspection == null) {
            return;
        }
        InterchangeService service = session.workspace().interchange();
        HeaderMapping m = currentMapping();
        ImportOptions options = options();
        Inspection read = inspection;
        session.background().run("Previewing…", () -> service.preview(service.source(read, m), options), this::showPlan,
                failure -> error(Failures.message(failure)));
    }

    private void showPlan(ImportPlan shown) {
        plan = shown;
        preview.getItems().setAll(shown.lines());
        summary.setText(shown.summary());
        if (shown.blockers().isEmpty()) {
            show(banner, false);
        } else {
            error(String.join(" ", shown.blockers()));
        }
        dialog.getDialogPane().lookupButton(importType).setDisable(!shown.canImport());
    }

    private void forgetPreview() {
        plan = null;
        dialog.getDialogPane().lookupButton(importType).setDisable(true);
    }

    private void runImport(Button importButton) {
        if (plan == null || !plan.canImport()) {
            return;
        }
        importButton.setDisable(true);
        InterchangeService service = session.workspace().interchange();
        HeaderMapping m = currentMapping();
        ImportOptions options = options();
        Inspection read = inspection;
        session.background().run("Importing " + file.getFileName() + "…", () -> service.importSource(service.source(read, m), options),
                result -> {
                    dialog.setResult(importType);
                    dialog.close();
                    onImported.accept(result);
                }, failure -> {
                    importButton.setDisable(false);
                    error(Failures.message(failure));
                });
    }

    private void error(String message) {
        banner.setText(message);
        show(banner, true);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static javafx.scene.control.ListCell<Program> programCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Program p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.key() + " " + p.name());
            }
        };
    }

    private static TableColumn<ImportPlan.Line, String> column(String title, Function<ImportPlan.Line, String> value,
                                                              double width) {
        TableColumn<ImportPlan.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
