package dev.throughline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.testing.WindowTest;
import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineFrame.LaneRow;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.HorizontalDirection;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The program timeline of the sample's CHK-12 in the real window at 1280x720, used as a TPgM does: milestones on
 * the same or close dates, Fit, + and -, and the wheel.
 */
class TimelineUiTest extends WindowTest {

    private static final LocalDate BETA = LocalDate.of(2027, 1, 29);

    private Path db;
    private long chk;

    @BeforeEach
    void sampleWithThreeMilestonesAroundTheBeta() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
            chk = workspace.programs().byKey("CHK-12").id();
            Workstream web = workspace.milestones().workstreams(chk).stream()
                    .filter(w -> w.name().equals("Web client")).findFirst().orElseThrow();
            for (Object[] m : new Object[][] {{"Pricing page live", BETA.plusDays(1)},
                    {"Support runbook ready", BETA.plusDays(2)}}) {
                workspace.milestones().create(chk, new MilestoneInput((String) m[0], web.id(), null, null, null,
                        (LocalDate) m[1], null, null, MilestoneStatus.PLANNED, ""));
            }
        }
    }

    private TimelineView openTimeline() throws Exception {
        startOn(db);
        robot.interact(() -> app.window().openProgram(chk));
        waitUntil(() -> robot.lookup("#program-tab-timeline").tryQuery().isPresent());
        robot.clickOn("#program-tab-timeline");
        waitUntil(() -> robot.lookup("#program-timeline-canvas").tryQuery().isPresent());
        TimelineView view = robot.lookup("#program-timeline-canvas").queryAs(TimelineView.class);
        waitUntil(() -> view.getData().lanes().size() >= 5);
        settle();
        return view;
    }

    private static long idOf(TimelineView view, String label) {
        return view.getData().lanes().stream().flatMap(l -> l.items().stream()).filter(i -> i.label().equals(label))
                .findFirst().orElseThrow().id();
    }

    private Point2D onScreen(TimelineView view, Point2D local) throws Exception {
        return onFx(() -> view.localToScreen(local));
    }

    @Test
    void milestonesOnCloseDatesClusterAndHoverAndClickListThem() throws Exception {
        TimelineView view = openTimeline();
        long beta = idOf(view, "Beta to 5% of traffic");
        long pricing = idOf(view, "Pricing page live");
        assertEquals(3, onFx(() -> view.clusterSizeOf(beta)), "three milestones in two days share one mark");
        assertEquals(3, onFx(() -> view.clusterSizeOf(pricing)));

        Point2D cluster = onScreen(view, onFx(() -> view.clusterCenter(beta)).orElseThrow());
        robot.moveTo(cluster);
        waitUntil(() -> robot.lookup(".tl-timeline-popup").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        String title = robot.lookup(".tl-timeline-popup-title").queryAs(Label.class).getText();
        String list = robot.lookup(".tl-timeline-popup-meta").queryAs(Label.class).getText();
        assertEquals("3 milestones Jan 29 – Jan 31, 2027", title);
        assertTrue(list.contains("Beta to 5% of traffic") && list.contains("Pricing page live")
                && list.contains("Support runbook ready"), list);
        screenshot("program-timeline-cluster-hover");

        robot.clickOn(cluster);
        waitUntil(() -> robot.lookup("Support runbook ready  ·  Jan 31").tryQuery().isPresent());
        screenshot("program-timeline-cluster-menu");
        robot.clickOn("Support runbook ready  ·  Jan 31");
        settle();
        assertEquals("Support runbook ready", onFx(() -> view.getSelectedItem().label()));

        robot.clickOn(cluster);
        waitUntil(() -> robot.lookup("Zoom in to see them apart").tryQuery().isPresent());
        robot.clickOn("Zoom in to see them apart");
        settle();
        assertEquals(1, onFx(() -> view.clusterSizeOf(beta)), "zoomed in, the cluster splits");
        assertEquals(1, onFx(() -> view.clusterSizeOf(pricing)));
        assertTrue(onFx(() -> view.itemCenter(pricing)).isPresent(), "each has its own diamond on screen");
    }

    @Test
    void fitShowsTheRightMostLabelsWhole() throws Exception {
        TimelineView view = openTimeline();
        robot.clickOn("Fit");
        settle();
        screenshot("program-timeline-fit");
        TimelineFrame frame = onFx(view::currentFrame);
        double width = onFx(view::getWidth);
        for (LaneRow row : frame.lanes()) {
            ItemMark last = null;
            for (ItemMark mark : row.items()) {
                if (!mark.isHidden()) {
                    last = mark;
                }
            }
            if (last == null) {
                continue;
            }
            ItemMark mark = last;
            String drawn = onFx(() -> view.drawnLabel(mark.item().id()));
            if (!mark.isCluster()) {
                assertEquals(mark.item().label(), drawn, "the last label of " + row.lane().title() + " is whole");
            }
            double right = onFx(() -> view.drawnLabelRight(mark.item().id()));
            assertTrue(right <= width, row.lane().title() + ": label ends at " + right + " in a " + width + " view");
        }
    }

    @Test
    void plusZoomsByAVisibleStepAndTheWheelPansShiftPansAndCtrlZoomsAroundThePointer() throws Exception {
        TimelineView view = openTimeline();
        robot.clickOn("Fit");
        settle();
        double fitted = onFx(view::getPxPerDay);
        robot.type(KeyCode.ADD);
        waitUntil(() -> Math.abs(view.getPxPerDay() - fitted * 1.5) < 1e-6);
        robot.type(KeyCode.SUBTRACT);
        waitUntil(() -> Math.abs(view.getPxPerDay() - fitted) < 1e-6);

        Point2D middle = onScreen(view, new Point2D(700, 400));
        robot.moveTo(middle);
        double x0 = onFx(view::getScrollX);
        robot.scroll(3, VerticalDirection.DOWN);
        settle();
        double x1 = onFx(view::getScrollX);
        assertTrue(x1 != x0, "every lane is on screen, so the plain wheel pans time: " + x0 + " -> " + x1);
        assertEquals(0, onFx(view::getScrollY), 1e-9);

        robot.press(KeyCode.SHIFT);
        robot.scroll(3, VerticalDirection.UP);
        robot.release(KeyCode.SHIFT);
        settle();
        double x2 = onFx(view::getScrollX);
        assertTrue(x2 != x1, "shift+wheel pans time: " + x1 + " -> " + x2);
        robot.scroll(2, HorizontalDirection.RIGHT);
        settle();

        double beforeZoom = onFx(view::getPxPerDay);
        LocalDate under = onFx(() -> view.dateAtViewX(view.screenToLocal(middle).getX()));
        robot.press(KeyCode.CONTROL);
        robot.scroll(3, VerticalDirection.UP);
        robot.release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(view.getPxPerDay() - beforeZoom) > 0.01);
        settle();
        LocalDate after = onFx(() -> view.dateAtViewX(view.screenToLocal(middle).getX()));
        assertTrue(Math.abs(after.toEpochDay() - under.toEpochDay()) <= 1,
                "ctrl+wheel zooms around the pointer: " + under + " stayed under it as " + after);
    }

    @Test
    void theZoomedOutPortfolioTimelineCountsEveryMilestone() throws Exception {
        startOn(db);
        robot.clickOn("#tab-timeline");
        waitUntil(() -> robot.lookup("#portfolio-timeline-canvas").tryQuery().isPresent());
        TimelineView view = robot.lookup("#portfolio-timeline-canvas").queryAs(TimelineView.class);
        waitUntil(() -> !view.getData().lanes().isEmpty());
        robot.clickOn("#zoom-year");
        settle();
        screenshot("portfolio-timeline-year");
        TimelineFrame frame = onFx(view::currentFrame);
        int clusters = 0;
        for (LaneRow row : frame.lanes()) {
            int shown = 0;
            for (ItemMark mark : row.items()) {
                clusters += mark.isCluster() ? 1 : 0;
                shown += mark.clusterSize();
            }
            assertEquals(row.items().size(), shown, row.lane().title() + ": every milestone is a mark or counted in one");
        }
        assertTrue(clusters > 0, "a year at a glance draws clusters, not overlapping diamonds");
    }

    /** Saves what the window shows under target/screens when -Dthroughline.screens is set (to look at it). */
    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("throughline.screens");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage image = onFx(() -> stage().getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }
}
