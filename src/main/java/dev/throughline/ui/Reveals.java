package dev.throughline.ui;

/** A view that can select and scroll to one of its items by id (a milestone, a RAID item, an action…). */
public interface Reveals {

    /** Selects the item and scrolls it into view, now or as soon as the view has loaded it. */
    void reveal(long itemId);
}
