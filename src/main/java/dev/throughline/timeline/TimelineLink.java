package dev.throughline.timeline;

/** A dependency arrow from one item to another; {@code type} is FS, SS, FF or SF. */
public record TimelineLink(long fromId, long toId, String type) {
}
