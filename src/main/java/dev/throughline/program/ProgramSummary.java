package dev.throughline.program;

import java.time.LocalDate;

/**
 * One row of the portfolio: the program with its TPgM's name resolved; {@code health} and
 * {@code healthReason} are its one current health ({@link ProgramHealth}), {@code current} says where it came from.
 */
public record ProgramSummary(long id, String key, String name, ProgramStatus status, Health health,
                             String healthReason, String tpgmName, LocalDate target, Priority priority,
                             boolean archived, ProgramHealth current) {
}
