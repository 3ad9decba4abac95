package dev.throughline.sample;

import dev.throughline.edit.CommandStack;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;

/** Offers the sample portfolio to an empty workspace. */
public final class SampleService {

    private final Store store;
    private final CommandStack commands;

    public SampleService(Store store, CommandStack commands) {
        this.store = store;
        this.commands = commands;
    }

    public boolean isWorkspaceEmpty() {
        return store.read(sql -> sql.count("select (select count(*) from people) + (select count(*) from programs)")) == 0;
    }

    /** Loads the sample as one undoable command; refuses a workspace that already holds data. */
    public void load() {
        long programs = store.read(sql -> sql.count("select count(*) from programs"));
        long people = store.read(sql -> sql.count("select count(*) from people"));
        if (programs + people > 0) {
            throw new ValidationException("workspace", "The workspace already holds " + programs + " programs and "
                    + people + " people; the sample portfolio loads only into an empty workspace.");
        }
        commands.execute(new LoadSampleCommand(SamplePortfolio.load()));
    }
}
