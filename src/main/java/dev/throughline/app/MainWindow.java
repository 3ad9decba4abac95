package dev.throughline.app;

import dev.throughline.milestone.PortfolioTimelineView;
import dev.throughline.people.PeopleView;
import dev.throughline.program.PortfolioView;
import dev.throughline.program.ProgramView;
import dev.throughline.ui.BackgroundWork;
import dev.throughline.ui.Failures;
import dev.throughline.ui.Icons;
import dev.throughline.ui.LazyTab;
import dev.throughline.ui.StatusLine;
import dev.throughline.ui.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import dev.throughline.store.BackupCatalog;
import dev.throughline.store.BackupInfo;
import dev.throughline.store.OutputTarget;
import dev.throughline.store.Recovery;
import dev.throughline.store.WorkspaceRefusedException;
import dev.throughline.store.WorkspaceRefusedException.Reason;
import java.time.Clock;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
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

    private static final Duration BACKUP_CHECK = Duration.minutes(10);

    private final Stage stage;
    private final AppSettings settings;
    private final BackgroundWork background = new BackgroundWork();
    private final StatusLine status = new StatusLine();
    private final UndoModel undo = new UndoModel();
    private final dev.throughline.ui.DateDisplay dates;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Label workspaceLabel = new Label();
    private final Map<Long, Tab> programTabs = new HashMap<>();
    private final Timeline backupTimer = new Timeline(new KeyFrame(BACKUP_CHECK, e -> backupIfDue()));
    private final InterchangeActions interchange;
    private Session session;
    private PortfolioView portfolio;
    private PeopleView people;
    private Tab peopleTab;
    private Tab intakeTab;

    MainWindow(Stage stage, AppSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.dates = new dev.throughline.ui.DateDisplay(settings.dateStyle(), java.time.Clock.systemDefaultZone(),
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
        this.interchange = new InterchangeActions(stage, settings, status, () -> session);
        root.setTop(menus());
        root.setBottom(statusBar());
        root.setCenter(message("Opening workspace…", null));
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Scene scene = new Scene(root, 1400, 880);
        interchange.acceptDrops(root);
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
        backupTimer.setCycleCount(Animation.INDEFINITE);
        backupTimer.play();
        stage.show();
        afterFirstFrame(StartupProbe::firstFramePainted);
    }

    /** Runs {@code action} on the FX thread right after the window's first frame has been painted. */
    void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The pulse that paints a frame runs its timers first: the second pulse follows a painted one.
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Opens a workspace off the FX thread; the window stays responsive and says what it is doing. */
    public void open(Path file) {
        Session previous = session;
        session = null;
        root.setCenter(message("Opening " + file + "…", null));
        if (previous != null) {
            background.execute(() -> closeWithBackup(previous.workspace()));
        }
        background.run("Opening workspace…", () -> Workspace.open(file, Platform::runLater), this::attach,
                failure -> openFailed(file, failure));
    }

    private void openFailed(Path file, Throwable failure) {
        if (failure instanceof WorkspaceRefusedException refused && refused.reason() == Reason.DAMAGED) {
            background.run("Looking for a good backup…", () -> RecoveryChoice.of(file),
                    choice -> root.setCenter(recoveryPanel(file, refused.getMessage(), choice)), status::failure);
            return;
        }
        root.setCenter(message("Throughline could not open this workspace.", Failures.message(failure)));
    }

    /** What the recovery panel may offer: the newest good backup, and a fresh start only for a file that fails its checks. */
    private record RecoveryChoice(Optional<BackupInfo> backup, boolean fileIsSound) {
        static RecoveryChoice of(Path file) {
            return new RecoveryChoice(new BackupCatalog(file, Clock.systemUTC()).newestSound(), Recovery.passesChecks(file));
        }
    }

    /**
     * Offers the newest backup that passes the check, or a fresh workspace; the damaged file is always
     * kept. A file that passes its checks after all is never offered to be replaced.
     */
    private VBox recoveryPanel(Path file, String problem, RecoveryChoice choice) {
        Optional<BackupInfo> backup = choice.backup();
        if (choice.fileIsSound()) {
            VBox panel = message("Throughline could not open this workspace, but the file passes its checks.", problem);
            Button retry = new Button("Try again");
            retry.setId("recover-retry");
            retry.setOnAction(e -> open(file));
            panel.getChildren().add(retry);
            return panel;
        }
        VBox panel = message("This workspace is damaged.", problem);
        Label plan = new Label(backup.map(b -> "The newest good backup is from " + b.takenAt() + " (" + b.counts()
                + "). Restoring it keeps the damaged file beside it as " + file.getFileName() + ".damaged-….")
                .orElse("There is no good backup. Starting fresh keeps the damaged file beside the new one as "
                        + file.getFileName() + ".damaged-…."));
        plan.setWrapText(true);
        plan.setMaxWidth(640);
        Button restore = new Button("Restore the newest good backup");
        restore.setId("recover-restore");
        restore.getStyleClass().add("accent");
        restore.setDisable(backup.isEmpty());
        restore.setOnAction(e -> recover(file, backup.orElseThrow().file()));
        Button fresh = new Button("Start a fresh workspace");
        fresh.setId("recover-fresh");
        fresh.setOnAction(e -> recover(file, null));
        panel.getChildren().addAll(plan, new HBox(8, restore, fresh));
        return panel;
    }

    /** Restoring keeps the damaged file aside in the same step, so no moment leaves the workspace missing. */
    private void recover(Path file, Path backup) {
        background.run("Recovering…", () -> {
            if (backup != null) {
                Recovery.Restored restored = Recovery.restore(file, backup, Clock.systemUTC(), "damaged");
                return "Restored " + restored.workspace() + " from " + restored.from()
                        + ". The damaged file is kept at " + restored.previousKeptAt() + ".";
            }
            Path damaged = Recovery.setAside(file, "damaged", Clock.systemUTC());
            return "Started a fresh workspace. The damaged file is kept at " + damaged + ".";
        }, done -> {
            open(file);
            status.info(done);
        }, status::failure);
    }

    private void closeWithBackup(Workspace workspace) {
        try {
            workspace.autoBackups().ifPresent(a -> a.takeIfDue(true));
        } catch (RuntimeException e) {
            System.err.println("Throughline: the backup on close failed: " + e.getMessage());
        } finally {
            workspace.close();
        }
    }

    private void backupIfDue() {
        Session current = session;
        if (current != null) {
            current.background().run("Backing up…",
                    () -> current.workspace().autoBackups().flatMap(a -> a.takeIfDue(false)),
                    taken -> taken.ifPresent(f -> status.info("Backed up automatically to " + f)), status::failure);
        }
    }

    private void showBackups() {
        Session current = session;
        if (current == null) {
            return;
        }
        BackupCatalog catalog = new BackupCatalog(current.workspace().file(), Clock.systemUTC());
        current.background().run("Reading backups…", () -> catalog.list(true),
                backups -> BackupsDialog.show(stage, backups, catalog.folder().toString(), this::restoreBackup,
                        dates),
                status::failure);
    }

    private void restoreBackup(BackupInfo backup) {
        Session current = session;
        session = null;
        Path file = current.workspace().file();
        root.setCenter(message("Restoring " + backup.file().getFileName() + "…", null));
        background.run("Restoring…", () -> {
            current.workspace().close();
            return Recovery.restore(file, backup.file(), Clock.systemUTC());
        }, restored -> {
            open(file);
            status.info(restored.describe());
        }, failure -> {
            open(file);
            status.failure(failure);
        });
    }

    private void attach(Workspace workspace) {
        session = new Session(workspace, background, status, new Session.Navigator() {
            @Override
            public void openProgram(long programId) {
                MainWindow.this.openProgram(programId);
            }

            @Override
            public void openProgram(long programId, String tabId) {
                MainWindow.this.openProgram(programId);
                Tab tab = programTabs.get(programId);
                if (tab != null && tab.getContent() instanceof ProgramView view) {
                    view.select(tabId);
                }
            }

            @Override
            public void openProgram(long programId, String tabId, Long itemId) {
                openProgram(programId, tabId);
                Tab tab = programTabs.get(programId);
                if (itemId != null && tab != null && tab.getContent() instanceof ProgramView view) {
                    view.reveal(tabId, itemId);
                }
            }

            @Override
            public void openIntake(long requestId) {
                selectTab("tab-intake");
                if (intakeTab.getContent() instanceof dev.throughline.intake.IntakeView view) {
                    view.select(requestId);
                }
            }
        }, dates);
        undo.attach(session);
        programTabs.clear();
        portfolio = new PortfolioView(session);
        people = null;
        Tab portfolioTab = fixedTab("Portfolio", portfolio, Icons.portfolio());
        portfolioTab.setId("tab-portfolio");
        // Not on screen at start: built (and its directory read) when first shown.
        peopleTab = lazyTab("People", "tab-people", Icons.people(), () -> people = new PeopleView(session));
        // Built on first view: at portfolio scale it reads every milestone, which start-up should not wait for.
        // Portfolio-wide views read every milestone, role or risk: built when first shown, not at start-up.
        Tab timelineTab = lazyTab("Timeline", "tab-timeline", Icons.timeline(), () -> new PortfolioTimelineView(session,
                () -> workspace.programs().portfolio().stream()
                        .map(p -> new PortfolioTimelineView.ProgramLane(p.id(), p.key(), p.name(), p.archived())).toList(),
                this::openProgram));
        Tab loadTab = lazyTab("Load", "tab-load", Icons.people(), () -> new dev.throughline.raci.PersonLoadView(session));
        Tab risksTab = lazyTab("Risks", "tab-risks", Icons.of(org.kordamp.ikonli.feather.Feather.ALERT_TRIANGLE),
                () -> new dev.throughline.risk.PortfolioRisksView(session));
        Tab statusTab = lazyTab("Status", "tab-status", Icons.of(org.kordamp.ikonli.feather.Feather.ACTIVITY),
                () -> new dev.throughline.snapshot.PortfolioStatusView(session));
        // The home screen comes first: what needs a TPgM today across every program.
        Tab homeTab = fixedTab("Home", new dev.throughline.attention.AttentionView(session),
                Icons.of(org.kordamp.ikonli.feather.Feather.HOME));
        homeTab.setId("tab-home");
        intakeTab = lazyTab("Intake", "tab-intake", Icons.of(org.kordamp.ikonli.feather.Feather.INBOX),
                () -> new dev.throughline.intake.IntakeView(session));
        Tab capacityTab = lazyTab("Capacity", "tab-capacity", Icons.of(org.kordamp.ikonli.feather.Feather.BAR_CHART_2),
                () -> new dev.throughline.capacity.CapacityView(session));
        tabs.getTabs().setAll(homeTab, portfolioTab, timelineTab, peopleTab, loadTab, risksTab, statusTab, intakeTab,
                capacityTab);
        root.setCenter(tabs);
        // An empty workspace opens where the sample portfolio is on offer, not on an empty home screen.
        portfolio.offersSample().addListener((obs, was, offers) -> {
            if (offers && tabs.getSelectionModel().getSelectedItem() == homeTab) {
                tabs.getSelectionModel().select(portfolioTab);
            }
        });
        stage.setTitle("Throughline — " + workspace.file().getFileName());
        dev.throughline.people.FirstRunDialog.offer(stage, session);
        workspaceLabel.setText(workspace.file().toString());
        if (StartupProbe.enabled()) {
            portfolio.loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded) {
                    StartupProbe.portfolioShown(this::openFirstProgramOnItsTimeline, () -> background.busyProperty().get());
                }
            });
        }
        if (!workspace.store().migrationBackups().isEmpty()) {
            status.info("Upgraded the workspace; the previous version is kept at " + workspace.store().migrationBackups().get(0));
        } else if (workspace.store().checkedAfterUncleanExit()) {
            status.info("Throughline did not close cleanly last time; the workspace passed a full integrity check.");
        } else {
            status.info("Opened " + workspace.file());
        }
    }

    /** For the start-up probe's memory figure: a program open the way a TPgM works in it. */
    private void openFirstProgramOnItsTimeline() {
        portfolio.firstProgramId().ifPresent(id -> {
            openProgram(id);
            ((ProgramView) programTabs.get(id).getContent()).select("program-tab-timeline");
        });
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
        ProgramView view = new ProgramView(session, programId, () -> {
            tabs.getTabs().remove(tab);
            programTabs.remove(programId);
        });
        tab.setContent(view);
        tab.setOnClosed(e -> programTabs.remove(programId));
        view.title().addListener((obs, old, now) -> tab.setText(now));
        programTabs.put(programId, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    void shutdown() {
        backupTimer.stop();
        saveWindowBounds();
        if (session != null) {
            Workspace workspace = session.workspace();
            background.execute(() -> closeWithBackup(workspace));
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
        MenuItem backups = item("Backups…", null, this::showBackups);
        MenuItem quit = item("Quit", KeyCombination.keyCombination("Shortcut+Q"), stage::close);
        MenuItem importItem = item("Import…", KeyCombination.keyCombination("Shortcut+I"), interchange::chooseAndImport);
        importItem.setId("menu-import");
        MenuItem exportItem = item("Export program…", KeyCombination.keyCombination("Shortcut+E"), interchange::chooseAndExport);
        Menu file = new Menu("File", null, newWorkspace, openWorkspace, new SeparatorMenuItem(), importItem,
                interchange.recentMenu(), exportItem, new SeparatorMenuItem(), backup, backups, new SeparatorMenuItem(), quit);

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
            if (peopleTab != null) {
                tabs.getSelectionModel().select(peopleTab);
                people.addPerson();
            }
        });
        MenuItem find = item("Find", KeyCombination.keyCombination("Shortcut+F"), this::focusSearch);
        Menu edit = new Menu("Edit", null, undoItem, redoItem, new SeparatorMenuItem(), newProgram, addPerson,
                new SeparatorMenuItem(), find);

        MenuItem showHome = item("Home: needs attention", KeyCombination.keyCombination("Shortcut+0"), () -> selectTab("tab-home"));
        MenuItem showPortfolio = item("Portfolio", KeyCombination.keyCombination("Shortcut+1"), () -> selectTab("tab-portfolio"));
        MenuItem showTimeline = item("Portfolio timeline", KeyCombination.keyCombination("Shortcut+2"), () -> selectTab("tab-timeline"));
        MenuItem showPeople = item("People", KeyCombination.keyCombination("Shortcut+3"), () -> selectTab("tab-people"));
        MenuItem showIntake = item("Intake", KeyCombination.keyCombination("Shortcut+4"), () -> selectTab("tab-intake"));
        MenuItem closeTab = item("Close tab", KeyCombination.keyCombination("Shortcut+W"), this::closeCurrentTab);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(settings.theme() == AppSettings.Theme.DARK);
        dark.setOnAction(e -> {
            settings.setTheme(dark.isSelected() ? AppSettings.Theme.DARK : AppSettings.Theme.LIGHT);
            Theme.apply(settings.theme(), stage.getScene());
        });
        Menu view = new Menu("View", null, showHome, showPortfolio, showTimeline, showPeople, showIntake, closeTab, new SeparatorMenuItem(), dark);
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(DateStyleMenu.items(dates, settings, stage::getScene));
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
            // a chosen existing file is reported rather than replaced, and never one the store owns.
            Path workspaceFile = current.workspace().store().file();
            current.background().run("Backing up…", () -> current.workspace().store().backupTo(
                            OutputTarget.of(chosen.toPath(), workspaceFile, OutputTarget.IfExists.NEVER).check()),
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

    private void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void closeCurrentTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.isClosable()) {
            tabs.getTabs().remove(selected);
            programTabs.values().remove(selected);
        }
    }

    private static Tab lazyTab(String text, String id, javafx.scene.Node icon,
                               java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = fixedTab(text, null, icon);
        tab.setId(id);
        return LazyTab.fillOnFirstSelection(tab, content);
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

    /** Starts the import wizard on a file, as dropping it on the window does. */
    void importFile(Path file) {
        interchange.importFile(file);
    }

    /** The open session, for tests. */
    public Session session() {
        return session;
    }
}
