package dev.throughline.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finishes, on the next open, a restore that a kill interrupted. A restore writes its verified copy as
 * {@code .<workspace>.restore-<token>.tmp} and gives the previous file the name
 * {@code <workspace>.<token>} before it renames the copy over the workspace. So a temporary copy with
 * its previous file already kept aside was complete and verified: the rename is done now. A temporary
 * copy without one was cut short before anything moved: it is deleted, and the workspace is as it was.
 */
final class InterruptedRestore {

    private static final String INFIX = ".restore-";
    private static final String SUFFIX = ".tmp";

    private InterruptedRestore() {
    }

    static Path temporaryFor(Path workspace, String token) {
        return workspace.resolveSibling("." + workspace.getFileName() + INFIX + token + SUFFIX);
    }

    /** Finishes interrupted restores if nobody holds the workspace; a holder has done it on its own open. */
    static void finishIfUnlocked(Path workspace) {
        if (leftovers(workspace).isEmpty()) {
            return;
        }
        WorkspaceLock lock;
        try {
            lock = WorkspaceLock.acquire(workspace);
        } catch (StoreException heldOrReadOnly) {
            return;
        }
        try {
            finish(workspace);
        } finally {
            lock.release();
        }
    }

    /** With the workspace locked: completes or discards each leftover; true when the workspace file was replaced. */
    static boolean finish(Path workspace) {
        boolean replaced = false;
        for (Path temporary : leftovers(workspace)) {
            String name = temporary.getFileName().toString();
            String token = name.substring(workspace.getFileName().toString().length() + 1 + INFIX.length(),
                    name.length() - SUFFIX.length());
            Path aside = workspace.resolveSibling(workspace.getFileName() + "." + token);
            try {
                if (Files.exists(aside)) {
                    moveCompanionsAside(workspace, aside);
                    Files.move(temporary, workspace, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    replaced = true;
                } else {
                    Backups.deleteWithCompanions(temporary);
                }
            } catch (IOException e) {
                throw new StoreException("Could not finish the restore of " + workspace + " that was interrupted ("
                        + StoreErrors.cannotWrite(workspace, e) + ").", e);
            }
        }
        return replaced;
    }

    /** Moves the workspace's -wal and -shm to follow the file kept aside; they must never meet the restored copy. */
    static void moveCompanionsAside(Path workspace, Path aside) throws IOException {
        for (String companion : new String[] {"-wal", "-shm"}) {
            Path side = workspace.resolveSibling(workspace.getFileName() + companion);
            if (!Files.exists(side)) {
                continue;
            }
            Path target = aside.resolveSibling(aside.getFileName() + companion);
            for (int n = 2; Files.exists(target); n++) {
                target = aside.resolveSibling(aside.getFileName() + companion + "." + n);
            }
            Files.move(side, target);
        }
    }

    static List<Path> leftovers(Path workspace) {
        Path folder = workspace.toAbsolutePath().getParent();
        String prefix = "." + workspace.getFileName() + INFIX;
        List<Path> found = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(SUFFIX))) {
            files.forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort(null);
        return found;
    }
}
