package dev.throughline.raci;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Changes one workspace preference; undo restores the previous value (or its absence). */
final class SetSettingCommand implements Command {

    private final RaciRepository repository = new RaciRepository();
    private final String description;
    private final String key;
    private final String before;
    private final String after;

    SetSettingCommand(String description, String key, String before, String after) {
        this.description = description;
        this.key = key;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        repository.putSetting(sql, key, after);
        return List.of(new EntityChanged(EntityChanged.Entity.SETTING, 0));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        repository.putSetting(sql, key, before);
        return List.of(new EntityChanged(EntityChanged.Entity.SETTING, 0));
    }
}
