package dev.throughline.app;

import dev.throughline.people.PeopleView;
import dev.throughline.program.PortfolioView;
import dev.throughline.program.ProgramPage;
import dev.throughline.ui.BackgroundWork;
import dev.throughline.ui.Failures;
import dev.throughline.ui.Icons;
import dev.throughline.ui.StatusLine;
import dev.throughline.ui.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The shell: menus, a tab per area (Portfolio, People, each open program), and the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final AppSettings settings;
    private final BackgroundWork background = new BackgroundWork();
    private final StatusLine status = new StatusLine();
    private final UndoModel undo = new UndoModel();
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label workspaceLabel = new Label();
    private final Map<Long, Tab> programTabs = new HashMap<>();
    private Session session;
    private PortfolioView portfolio;
    private PeopleView people;

    MainWindow(Stage stage, AppSettings settings) {
        this.stage = stage;
        this.settings = settings;
        root.setTop(menus());
        root.setBottom(statusBar());
        root.setCenter(message("Opening workspace…", null));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Scene scene = new Scene(root, 1280, 800);
        Theme.apply(settings.theme(), scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), undo::redo);
        stage.setScene(scene);
        stage.setTitle("Throughline");
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        settings.windowBounds().ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    void show() {
        stage.show();
    }

    /** Opens a workspace off the FX thread; the window stays responsive and says what it is doing. */
    public void open(Path file) {
        Session previous = session;
        session = null;
        root.setCenter(message("Opening " + file + "…", null));
        if (previous != null) {
            background.execute(previous.workspace()::close);
        }
        background.run("Opening workspace…", () -> Workspace.open(file, Platform::runLater), this::attach,
                failure -> root.setCenter(message("Throughline could not open this workspace.", Failures.message(failure))));
    }

    private void attach(Workspace workspace) {
        session = new Session(workspace, background, status, this::openProgram);
        undo.attach(session);
        programTabs.clear();
        portfolio = new PortfolioView(session);
        people = new PeopleView(session);
        Tab portfolioTab = fixedTab("Portfolio", portfolio, Icons.portfolio());
        portfolioTab.setId("tab-portfolio");
        Tab peopleTab = fixedTab("People", people, Icons.people());
        peopleTab.setId("tab-people");
        tabs.getTabs().setAll(portfolioTab, peopleTab);
        root.setCenter(tabs);
        stage.setTitle("Throughline — " + workspace.file().getFileName());
        workspaceLabel.setText(workspace.file().toString());
        status.info(workspace.store().migrationBackups().isEmpty() ? "Opened " + workspace.file()
                : "Upgraded the workspace; the previous version is kept at " + workspace.store().migrationBackups().get(0));
    }

    /** Shows a program in its own tab, reusing the tab when it is already open. */
    public void openProgram(long programId) {
        Tab existing = programTabs.get(programId);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        Tab tab = new Tab("Program", null);
        tab.setGraphic(Icons.program());
        ProgramPage page = new ProgramPage(session, programId, () -> tabs.getTabs().remove(tab));
        tab.setContent(page);
        tab.setOnClosed(e -> programTabs.remove(programId));
        page.lookupTitle().addListener((obs, old, now) -> tab.setText(now));
        programTabs.put(programId, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    void shutdown() {
        saveWindowBounds();
        if (session != null) {
            background.execute(session.workspace()::close);
        }
        background.close();
    }

    private void saveWindowBounds() {
        settings.setWindowBounds(new AppSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        background.execute(() -> {
            try {
                settings.save();
            } catch (IOException e) {
                System.err.println("Throughline: could not save window settings: " + e.getMessage());
            }
        });
    }

    private MenuBar menus() {
        MenuItem newWorkspace = item("New workspace…", KeyCombination.keyCombination("Shortcut+Shift+O"), () -> chooseWorkspace(true));
        MenuItem openWorkspace = item("Open workspace…", KeyCombination.keyCombination("Shortcut+O"), () -> chooseWorkspace(false));
        MenuItem backup = item("Back up to…", null, this::backupTo);
        MenuItem quit = item("Quit", KeyCombination.keyCombination("Shortcut+Q"), stage::close);
        Menu file = new Menu("File", null, newWorkspace, openWorkspace, new SeparatorMenuItem(), backup,
                new SeparatorMenuItem(), quit);

        MenuItem undoItem = item("Undo", KeyCombination.keyCombination("Shortcut+Z"), undo::undo);
        undoItem.setId("menu-undo");
        undoItem.textProperty().bind(Bindings.when(undo.undoProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", undo.undoProperty())));
        undoItem.disableProperty().bind(undo.undoProperty().isEmpty());
        MenuItem redoItem = item("Redo", KeyCombination.keyCombination("Shortcut+Shift+Z"), undo::redo);
        redoItem.setId("menu-redo");
        redoItem.textProperty().bind(Bindings.when(undo.redoProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", undo.redoProperty())));
        redoItem.disableProperty().bind(undo.redoProperty().isEmpty());
        undoItem.setGraphic(Icons.undo());
        redoItem.setGraphic(Icons.redo());
        MenuItem newProgram = item("New program…", KeyCombination.keyCombination("Shortcut+N"), () -> {
            if (portfolio != null) {
                portfolio.newProgram();
            }
        });
        MenuItem addPerson = item("Add person…", KeyCombination.keyCombination("Shortcut+Shift+P"), () -> {
            if (people != null) {
                people.addPerson();
            }
        });
        MenuItem find = item("Find", KeyCombination.keyCombination("Shortcut+F"), this::focusSearch);
        Menu edit = new Menu("Edit", null, undoItem, redoItem, new SeparatorMenuItem(), newProgram, addPerson,
                new SeparatorMenuItem(), find);

        MenuItem showPortfolio = item("Portfolio", KeyCombination.keyCombination("Shortcut+1"), () -> selectTab(0));
        MenuItem showPeople = item("People", KeyCombination.keyCombination("Shortcut+2"), () -> selectTab(1));
        MenuItem closeTab = item("Close tab", KeyCombination.keyCombination("Shortcut+W"), this::closeCurrentTab);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(settings.theme() == AppSettings.Theme.DARK);
        dark.setOnAction(e -> {
            settings.setTheme(dark.isSelected() ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT);
            Theme.apply(settings.theme(), stage.getScene());
        });
        Menu view = new Menu("View", null, showPortfolio, showPeople, closeTab, new SeparatorMenuItem(), dark);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.textProperty());
        status.errorProperty().addListener((obs, old, isError) ->
                message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), isError));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(background.busyProperty());
        Label busy = new Label();
        busy.textProperty().bind(background.busyMessageProperty());
        workspaceLabel.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer, progress, busy, workspaceLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    private VBox message(String heading, String detail) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(12, title);
        box.setId("workspace-message");
        if (detail != null) {
            Label text = new Label(detail);
            text.setId("workspace-error");
            text.setWrapText(true);
            text.setMaxWidth(640);
            Button open = new Button("Open another workspace…");
            open.setOnAction(e -> chooseWorkspace(false));
            Button create = new Button("Create a new workspace…");
            create.setOnAction(e -> chooseWorkspace(true));
            box.getChildren().addAll(text, new HBox(8, open, create));
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        return box;
    }

    private void chooseWorkspace(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New workspace" : "Open workspace");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Throughline workspace", "*.db"));
        if (create) {
            chooser.setInitialFileName("workspace.db");
        }
        File chosen = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void backupTo() {
        if (session == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up workspace to");
        chooser.setInitialFileName("throughline-backup.db");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Session current = session;
            // The save dialog already confirmed replacing an existing file; the backup never overwrites, so
            // a chosen existing file is reported rather than replaced.
            current.background().run("Backing up…", () -> current.workspace().store().backupTo(chosen.toPath()),
                    () -> status.info("Backed up to " + chosen), status::failure);
        }
    }

    private void focusSearch() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() == portfolio) {
            portfolio.focusSearch();
        } else if (selected != null && selected.getContent() == people) {
            people.focusSearch();
        }
    }

    private void selectTab(int index) {
        if (tabs.getTabs().size() > index) {
            tabs.getSelectionModel().select(index);
        }
    }

    private void closeCurrentTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.isClosable()) {
            tabs.getTabs().remove(selected);
            programTabs.values().remove(selected);
        }
    }

    private static Tab fixedTab(String text, javafx.scene.Node content, javafx.scene.Node icon) {
        Tab tab = new Tab(text, content);
        tab.setGraphic(icon);
        tab.setClosable(false);
        return tab;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The open session, for tests. */
    public Session session() {
        return session;
    }
}
