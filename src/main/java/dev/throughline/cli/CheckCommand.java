package dev.throughline.cli;

import dev.throughline.store.Migrations;
import dev.throughline.store.Store;
import dev.throughline.store.StoreException;
import dev.throughline.store.WorkspaceRefusedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Run SQLite's full integrity check, check the schema (tables, columns, version) and report it. Exit 1 when something is wrong.")
final class CheckCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(workspacePath(), Store.Mode.READ_ONLY)) {
            int version = store.schemaVersion();
            List<String> problems = store.integrityProblems(true);
            out.printf("%s%n  schema version %d (this Throughline writes %d)%s%n", store.file(), version,
                    Migrations.latestVersion(), version < Migrations.latestVersion() ? ": will be upgraded when opened" : "");
            List<String> schemaProblems = problems.isEmpty() ? store.schemaProblems() : List.of();
            if (problems.isEmpty() && schemaProblems.isEmpty()) {
                out.println("  integrity: ok");
                out.println("  schema: ok");
                return Cli.OK;
            }
            if (problems.isEmpty()) {
                out.println("  integrity: ok");
                out.println("  schema: " + schemaProblems.size() + " problem(s)");
                schemaProblems.stream().limit(20).forEach(p -> out.println("    " + p));
                err.println("throughline: " + store.file().getFileName() + " does not hold the schema Throughline wrote ("
                        + schemaProblems.get(0) + (schemaProblems.size() > 1 ? " and " + (schemaProblems.size() - 1) + " more" : "")
                        + "); restore a backup with 'restore FILE'.");
                return Cli.PROBLEMS;
            }
            out.println("  integrity: " + problems.size() + " problem(s)");
            problems.stream().limit(20).forEach(p -> out.println("    " + p));
            err.println("throughline: " + store.file().getFileName() + " is damaged (" + problems.size()
                    + " problem(s)); list backups with 'backups' and restore one with 'restore FILE'.");
            return Cli.PROBLEMS;
        } catch (WorkspaceRefusedException e) {
            err.println("throughline: " + ErrorText.oneLine(e.getMessage()));
            return e.reason() == WorkspaceRefusedException.Reason.DAMAGED || e.reason() == WorkspaceRefusedException.Reason.UNREADABLE
                    ? Cli.PROBLEMS : Cli.BAD_INPUT;
        } catch (StoreException e) {
            err.println("throughline: " + ErrorText.oneLine(e.getMessage()));
            return Cli.PROBLEMS;
        }
    }
}
