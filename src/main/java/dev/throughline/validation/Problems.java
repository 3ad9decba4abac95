package dev.throughline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects field problems while a validator runs. */
public final class Problems {

    private final List<FieldProblem> list = new ArrayList<>();

    public Problems add(String field, String message) {
        list.add(new FieldProblem(field, message));
        return this;
    }

    public Problems require(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public Optional<String> messageFor(String field) {
        return list.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ValidationException(list);
        }
    }
}
