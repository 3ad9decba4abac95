package dev.throughline.raci;

/** A column of a program's RACI: a person from the directory, in the order they were added. */
public record RaciMember(long programId, long personId, int position) {
}
