package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {

    @Test
    void noArgumentsOpenTheDefaultWorkspace() {
        assertEquals(Optional.of(WorkspaceLocation.defaultWorkspace()), AppArguments.workspaceToOpen(new String[0]));
    }

    @Test
    void aDatabaseOptionAloneOpensThatFile() {
        Path expected = Path.of("plans/q3.db").toAbsolutePath();
        assertEquals(Optional.of(expected), AppArguments.workspaceToOpen(new String[] {"--db", "plans/q3.db"}));
        assertEquals(Optional.of(expected), AppArguments.workspaceToOpen(new String[] {"--db=plans/q3.db"}));
    }

    @Test
    void commandsAndAnythingUnusualAreLeftToTheFullCommandLine() {
        assertTrue(AppArguments.workspaceToOpen(new String[] {"programs"}).isEmpty());
        assertTrue(AppArguments.workspaceToOpen(new String[] {"--db", "x.db", "programs"}).isEmpty());
        assertTrue(AppArguments.workspaceToOpen(new String[] {"--db"}).isEmpty());
        assertTrue(AppArguments.workspaceToOpen(new String[] {"--db", "--help"}).isEmpty());
        assertTrue(AppArguments.workspaceToOpen(new String[] {"--db="}).isEmpty());
        assertTrue(AppArguments.workspaceToOpen(new String[] {"--help"}).isEmpty());
    }
}
