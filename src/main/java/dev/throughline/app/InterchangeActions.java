package dev.throughline.app;

import dev.throughline.interchange.CsvKind;
import dev.throughline.interchange.InterchangeService.ExportFormat;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.program.Program;
import dev.throughline.ui.StatusLine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File › Import…, File › Recent imports, File › Export program…, and dropping a file on the window:
 * each starts the import wizard or an export off the FX thread.
 */
final class InterchangeActions {

    private final Stage stage;
    private final AppSettings settings;
    private final StatusLine status;
    private final Supplier<Session> session;

    InterchangeActions(Stage stage, AppSettings settings, StatusLine status, Supplier<Session> session) {
        this.stage = stage;
        this.settings = settings;
        this.status = status;
        this.session = session;
    }

    void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a plan or a CSV");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Plans and CSV", "*.mpp", "*.xml", "*.gan", "*.planner", "*.mpx", "*.xer",
                        "*.pmxml", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            importFile(chosen.toPath());
        }
    }

    void importFile(Path file) {
        Session current = session.get();
        if (current == null) {
            return;
        }
        ImportWizardDialog.open(stage, current, file, result -> imported(current, file, result));
    }

    private void imported(Session current, Path file, ImportResult result) {
        status.info("Imported " + file.getFileName() + ": " + result.plan().summary() + " Undo with Ctrl+Z; backup at "
                + result.backup().getFileName());
        settings.addRecentImport(file.toAbsolutePath());
        current.background().execute(() -> {
            try {
                settings.save();
            } catch (IOException e) {
                System.err.println("Throughline: could not save recent imports: " + e.getMessage());
            }
        });
        if (result.programId() != null) {
            current.navigator().openProgram(result.programId());
        }
    }

    /** Rebuilt each time the File menu opens, so it lists what was imported last. */
    Menu recentMenu() {
        Menu menu = new Menu("Recent imports");
        menu.setId("menu-recent-imports");
        menu.setOnShowing(e -> fill(menu));
        fill(menu);
        return menu;
    }

    private void fill(Menu menu) {
        List<Path> recent = settings.recentImports();
        menu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("None yet");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path file : recent) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setDisable(!Files.isRegularFile(file));
            item.setOnAction(e -> importFile(file));
            menu.getItems().add(item);
        }
    }

    /** Dropping a file anywhere on the window starts the wizard on it. */
    void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && session.get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                importFile(files.get(0).toPath());
            }
        });
    }

    void chooseAndExport() {
        Session current = session.get();
        if (current == null) {
            return;
        }
        current.load("Reading programs…", () -> current.workspace().programs().all(), programs -> {
            if (programs.isEmpty()) {
                status.error("There is no program to export yet.");
                return;
            }
            List<String> labels = programs.stream().map(p -> p.key() + " " + p.name()).toList();
            ChoiceDialog<String> pick = new ChoiceDialog<>(labels.get(0), labels);
            pick.initOwner(stage);
            pick.setTitle("Export program");
            pick.setHeaderText("Which program?");
            pick.showAndWait().ifPresent(label -> exportTo(current, programs.get(labels.indexOf(label))));
        });
    }

    private void exportTo(Session current, Program program) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + program.key());
        FileChooser.ExtensionFilter mspdi = new FileChooser.ExtensionFilter("MS Project XML (MS Project, ProjectLibre)", "*.xml");
        FileChooser.ExtensionFilter milestones = new FileChooser.ExtensionFilter("Milestones as CSV", "*.csv");
        FileChooser.ExtensionFilter raid = new FileChooser.ExtensionFilter("RAID log as CSV", "*.csv");
        chooser.getExtensionFilters().addAll(mspdi, milestones, raid);
        chooser.setInitialFileName(program.key().toLowerCase(Locale.ROOT) + ".xml");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        FileChooser.ExtensionFilter kind = chooser.getSelectedExtensionFilter();
        var out = current.chosenOutput(chosen.toPath());
        current.background().run("Exporting " + program.key() + "…", () -> {
            if (kind == raid) {
                current.workspace().interchange().exportCsv(program.id(), CsvKind.RAID, out);
            } else if (kind == milestones || chosen.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                current.workspace().interchange().export(program.id(), ExportFormat.CSV, out);
            } else {
                current.workspace().interchange().export(program.id(), ExportFormat.MSPDI, out);
            }
        }, () -> status.info("Exported " + program.key() + " to " + chosen), status::failure);
    }
}
