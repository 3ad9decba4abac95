package dev.throughline.timeline;

import javafx.scene.paint.Color;

/**
 * The colours the timeline paints with, resolved from the theme's looked-up colours (see the {@code .tl-timeline}
 * rule in throughline.css); {@link #PRIMER_LIGHT} is the fallback when no stylesheet is loaded.
 */
record TimelinePalette(Color accent, Color accentMuted, Color accentSubtle, Color success, Color successSubtle,
                       Color danger, Color dangerSubtle, Color warning, Color fg, Color fgMuted, Color fgSubtle,
                       Color fgOnEmphasis, Color border, Color borderMuted, Color bg, Color bgSubtle, Color bgInset) {

    static final TimelinePalette PRIMER_LIGHT = new TimelinePalette(
            Color.web("#0969da"), Color.web("rgba(84,174,255,0.4)"), Color.web("#ddf4ff"),
            Color.web("#2da44e"), Color.web("#dafbe1"),
            Color.web("#cf222e"), Color.web("#ffebe9"), Color.web("#bf8700"),
            Color.web("#24292f"), Color.web("#57606a"), Color.web("#6e7781"), Color.web("#ffffff"),
            Color.web("#d0d7de"), Color.web("#d0d7de"),
            Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#f6f8fa"));

    /** Is the background dark (dark theme)? */
    boolean dark() {
        return bg.getBrightness() < 0.5;
    }
}
