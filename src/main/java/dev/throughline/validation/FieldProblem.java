package dev.throughline.validation;

/** One thing wrong with one field of a form, in words for the user. */
public record FieldProblem(String field, String message) {
}
