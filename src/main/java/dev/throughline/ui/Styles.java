package dev.throughline.ui;

/** Style classes from throughline.css and AtlantaFX; views use these instead of inline styles. */
public final class Styles {

    public static final String PAGE = "tl-page";
    public static final String PAGE_TITLE = "tl-page-title";
    public static final String TOOLBAR = "tl-toolbar";
    public static final String BADGE = "tl-badge";
    public static final String FIELD_ERROR = "tl-field-error";
    public static final String FORM = "tl-form";
    public static final String BANNER_ERROR = "tl-banner-error";
    public static final String EMPTY_STATE = "tl-empty-state";
    public static final String MUTED = "tl-muted";
    public static final String STATUS_BAR = "tl-status-bar";
    public static final String SECTION_TITLE = "tl-section-title";
    public static final String CARD = "tl-card";
    public static final String INVALID = "tl-invalid";

    private Styles() {
    }

    /** "tl-badge-at-risk" for AT_RISK: colour comes from the stylesheet's looked-up colours. */
    public static String badgeFor(Enum<?> value) {
        return BADGE + "-" + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
