package dev.throughline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.timeline.TimelineScale.Zoom;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The control in a real (headless) stage: drag a diamond, click, keys, export. */
class TimelineViewTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TimelineView view;
    private TimelineData data;
    private final List<Object[]> moves = new ArrayList<>();
    private final List<TimelineItem> opened = new ArrayList<>();

    @BeforeEach
    void showView() throws Exception {
        FxToolkit.registerPrimaryStage();
        data = TimelineSamples.grid(30, 40, START, 5);
        FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view = new TimelineView();
            view.setToday(START.plusDays(20));
            view.setData(data);
            view.setSmoothZoom(false);
            view.setOnMove((item, date) -> moves.add(new Object[] {item, date}));
            view.setOnOpen(opened::add);
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, 1000, 480);
            scene.getStylesheets().add(TimelineView.class.getResource("/css/throughline.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        fx(() -> {
            view.setZoom(Zoom.WEEK);
            view.scrollTo(START.plusDays(14));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** An item of lane 1 whose diamond is on screen with room to drag it right. */
    private TimelineItem visibleItem() throws Exception {
        return fx(() -> {
            for (TimelineItem item : data.lanes().get(1).items()) {
                var center = view.itemCenter(item.id());
                if (center.isPresent() && center.get().getX() > 300 && center.get().getX() < 600
                        && view.clusterSizeOf(item.id()) == 1) {
                    return item;
                }
            }
            throw new AssertionError("no item of lane 1 on screen");
        });
    }

    private Point2D screenCenter(TimelineItem item) throws Exception {
        return fx(() -> view.localToScreen(view.itemCenter(item.id()).orElseThrow()));
    }

    @Test
    void draggingADiamondReportsTheItemAndTheSnappedDay() throws Exception {
        TimelineItem item = visibleItem();
        Point2D from = screenCenter(item);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveBy(30, 0).moveBy(40, 0).moveBy(50, 1); // 120 px at 24 px a day: five days later
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(moves.isEmpty(), "nothing is committed while dragging");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, moves.size());
        assertEquals(item.id(), ((TimelineItem) moves.get(0)[0]).id());
        assertEquals(item.forecast().plusDays(5), moves.get(0)[1]);
        assertEquals(item.id(), fx(() -> view.getSelectedItem().id()));
    }

    @Test
    void aDragThatEndsOnTheSameDayMovesNothing() throws Exception {
        TimelineItem item = visibleItem();
        robot.moveTo(screenCenter(item)).press(MouseButton.PRIMARY).moveBy(8, 0).moveBy(-6, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(moves.isEmpty());
    }

    @Test
    void draggingEmptySpacePansInsteadOfMoving() throws Exception {
        double before = fx(view::getScrollX);
        // on the edge between lanes 2 and 3: no diamond or label within reach
        Point2D empty = fx(() -> view.localToScreen(700, TimelinePainter.HEADER_HEIGHT + 3 * 40));
        robot.moveTo(empty).press(MouseButton.PRIMARY).moveBy(-50, 0).moveBy(-50, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(moves.isEmpty());
        assertEquals(before + 100, fx(view::getScrollX), 1.5);
    }

    @Test
    void clickSelectsDoubleClickOpensAndKeysNavigate() throws Exception {
        TimelineItem item = visibleItem();
        robot.clickOn(screenCenter(item), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(item, fx(view::getSelectedItem));

        robot.type(KeyCode.RIGHT);
        TimelineIndex index = TimelineIndex.of(data);
        TimelineItem next = index.item(1, index.positionOf(item.id()) + 1);
        assertEquals(next, fx(view::getSelectedItem));
        robot.type(KeyCode.DOWN);
        assertEquals(2, index.laneOf(fx(view::getSelectedItem).id()));
        robot.type(KeyCode.ENTER);
        assertEquals(1, opened.size());
        assertEquals(fx(view::getSelectedItem), opened.get(0));

        double before = fx(view::getPxPerDay);
        robot.type(KeyCode.MINUS);
        assertEquals(before / TimelineView.ZOOM_STEP, fx(view::getPxPerDay), 1e-6, "- zooms out by a visible step");
        robot.type(KeyCode.MINUS);
        assertEquals(Zoom.MONTH, fx(view::getZoom));
        robot.type(KeyCode.EQUALS);
        robot.type(KeyCode.EQUALS);
        assertEquals(before, fx(view::getPxPerDay), 1e-6);

        fx(() -> {
            view.scrollTo(START.plusDays(14));
            return null;
        });
        TimelineItem other = visibleItem();
        robot.doubleClickOn(screenCenter(other), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, opened.get(opened.size() - 1));

        robot.type(KeyCode.ESCAPE);
        assertNull(fx(view::getSelectedItem));
    }

    @Test
    void newDataKeepsTheSelectionById() throws Exception {
        TimelineItem item = visibleItem();
        fx(() -> {
            view.setSelectedItem(item);
            TimelineItem moved = new TimelineItem(item.id(), item.label(), item.forecast().plusDays(3),
                    item.baseline(), item.deadline(), null, item.state(), item.varianceDays() + 3, item.details());
            List<TimelineLane> lanes = new ArrayList<>(data.lanes());
            List<TimelineItem> items = new ArrayList<>(lanes.get(1).items());
            items.replaceAll(i -> i.id() == item.id() ? moved : i);
            lanes.set(1, new TimelineLane(lanes.get(1).id(), lanes.get(1).title(), items));
            view.setData(new TimelineData(lanes, data.links()));
            return null;
        });
        TimelineItem selected = fx(view::getSelectedItem);
        assertNotNull(selected);
        assertEquals(item.forecast().plusDays(3), selected.forecast());
    }

    @Test
    void exportWritesAPngOfTheViewsSize() throws Exception {
        Path png = Files.createDirectories(folder.resolve("out")).resolve("timeline.png");
        double[] size = fx(() -> {
            view.exportPng(png);
            return new double[] {view.getWidth(), view.getHeight()};
        });
        assertTrue(Files.size(png) > 1000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals((int) size[0], image.getWidth());
        assertEquals((int) size[1], image.getHeight());
        // something was drawn: the picture is not one flat colour
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y += 7) {
            for (int x = 0; x < image.getWidth() && !varied; x += 7) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertTrue(varied);
    }

    @Test
    void redrawsAreCoalescedAndTimed() throws Exception {
        TimelineData big = TimelineSamples.grid(200, 100, START, 9);
        fx(() -> {
            view.setData(big);
            view.getFrameStats().reset();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long before = fx(() -> view.getFrameStats().count());
        fx(() -> {
            for (int i = 0; i < 50; i++) {
                view.scrollBy(5, 20); // fifty changes in one pulse paint once
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long after = fx(() -> view.getFrameStats().count());
        assertTrue(after - before <= 2, "painted " + (after - before) + " times");

        for (int i = 0; i < 60; i++) {
            int step = i;
            fx(() -> {
                view.scrollBy(37, step % 2 == 0 ? 300 : -120);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        FrameStats stats = fx(view::getFrameStats);
        assertTrue(stats.count() >= 50, "frames " + stats.count());
        System.out.println("TimelineView 200x100 redraw: " + stats);
        assertTrue(stats.p50Millis() < 50, stats.toString());
    }

    @Test
    void hoveringShowsTheDetailsPopup() throws Exception {
        TimelineItem item = visibleItem();
        robot.moveTo(screenCenter(item));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(item, fx(() -> view.hoveredItemProperty().get()));
        AtomicReference<String> shown = new AtomicReference<>();
        fx(() -> {
            view.lookupAll(".tl-timeline-popup-details").forEach(n -> shown.set(((javafx.scene.control.Label) n)
                    .getText()));
            return null;
        });
        assertEquals(item.details(), shown.get());
    }
}
