package dev.throughline.raci;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one cell of the matrix holds: R, A, A/R (the only combination), C or I. See
 * docs/decisions/0007-raci-cells.md for how typing a letter changes a cell.
 */
public enum RaciCell {
    R("R", EnumSet.of(RaciRole.R)),
    A("A", EnumSet.of(RaciRole.A)),
    AR("A/R", EnumSet.of(RaciRole.A, RaciRole.R)),
    C("C", EnumSet.of(RaciRole.C)),
    I("I", EnumSet.of(RaciRole.I));

    /** The message for any other key or text. */
    public static final String ONLY_RACI = "Only R, A, C or I";

    private final String label;
    private final Set<RaciRole> roles;

    RaciCell(String label, Set<RaciRole> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    /** The stored rows of this cell. */
    public Set<RaciRole> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean accountable() {
        return roles.contains(RaciRole.A);
    }

    public boolean responsible() {
        return roles.contains(RaciRole.R);
    }

    /** The cell after typing {@code letter} on {@code current} (null: empty). A and R add up; C and I replace. */
    public static RaciCell typed(RaciCell current, RaciRole letter) {
        return switch (letter) {
            case A -> current == R || current == AR ? AR : A;
            case R -> current == A || current == AR ? AR : R;
            case C -> C;
            case I -> I;
        };
    }

    /** The cell stored as these rows, or empty for none; a set that cannot occur (C with R) keeps its strongest. */
    public static Optional<RaciCell> of(Set<RaciRole> roles) {
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        boolean a = roles.contains(RaciRole.A);
        boolean r = roles.contains(RaciRole.R);
        if (a && r) {
            return Optional.of(AR);
        }
        if (a) {
            return Optional.of(A);
        }
        if (r) {
            return Optional.of(R);
        }
        return Optional.of(roles.contains(RaciRole.C) ? C : I);
    }

    /** "A", "a/r", "AR", "R/A", "c"... as written in the sample or an import; empty when it is none of them. */
    public static Optional<RaciCell> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("/", "").replace(" ", "");
        return switch (t) {
            case "R" -> Optional.of(R);
            case "A" -> Optional.of(A);
            case "AR", "RA" -> Optional.of(AR);
            case "C" -> Optional.of(C);
            case "I" -> Optional.of(I);
            default -> Optional.empty();
        };
    }

    /** The letter for a typed character, or empty when it is not R, A, C or I (either case). */
    public static Optional<RaciRole> letter(String typed) {
        if (typed == null || typed.strip().length() != 1) {
            return Optional.empty();
        }
        return switch (typed.strip().toUpperCase(Locale.ROOT)) {
            case "R" -> Optional.of(RaciRole.R);
            case "A" -> Optional.of(RaciRole.A);
            case "C" -> Optional.of(RaciRole.C);
            case "I" -> Optional.of(RaciRole.I);
            default -> Optional.empty();
        };
    }
}
