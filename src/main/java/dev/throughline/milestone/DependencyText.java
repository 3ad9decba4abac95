package dev.throughline.milestone;

/**
 * How a dependency reads wherever it is shown (the dependencies panel, the milestone form, "why this
 * date", the timeline tooltip, the CLI): the other milestone by its program key and title, then the
 * type and lag, as in {@code SSO-7 · Vendor contract signed (FS +2d)}. Pure.
 */
public final class DependencyText {

    private DependencyText() {
    }

    /** "SSO-7 · Vendor contract signed". */
    public static String milestone(String programKey, String title) {
        return programKey + " · " + title;
    }

    /** "SSO-7 · Vendor contract signed (FS +2d)": the other end of {@code dependency} and how it binds. */
    public static String link(String programKey, String title, Dependency dependency) {
        return milestone(programKey, title) + " (" + dependency.describe() + ")";
    }

    /** "waits on SSO-7 · Vendor contract signed (FS +2d)": seen from the successor. */
    public static String waitsOn(String programKey, String title, Dependency dependency) {
        return "waits on " + link(programKey, title, dependency);
    }

    /** "blocks CHK-12 · Beta (FS +2d)": seen from the predecessor. */
    public static String blocks(String programKey, String title, Dependency dependency) {
        return "blocks " + link(programKey, title, dependency);
    }
}
