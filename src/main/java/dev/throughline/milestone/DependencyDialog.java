package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.validation.Problems;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Make a milestone wait on another one, in any program. A loop is refused with its path named. */
final class DependencyDialog {

    private DependencyDialog() {
    }

    static void show(Window owner, Session session, MilestoneRow successor, List<MilestoneRow> candidates) {
        ComboBox<MilestoneRow> predecessor = MilestoneFormDialog.choice("dependency-predecessor",
                candidates.stream().filter(r -> r.milestone().id() != successor.milestone().id()).toList(),
                r -> DependencyText.milestone(r.programKey(), r.milestone().title()) + " (" + r.milestone().forecast() + ")");
        ComboBox<DependencyType> type = new ComboBox<>(FXCollections.observableArrayList(DependencyType.values()));
        type.setId("dependency-type");
        type.setValue(DependencyType.FS);
        TextField lag = new TextField("0");
        lag.setId("dependency-lag");
        lag.setPromptText("days, e.g. 5 or -3");
        ObjectBinding<DependencyInput> input = Bindings.createObjectBinding(() -> new DependencyInput(
                        predecessor.getValue() == null ? null : predecessor.getValue().milestone().id(),
                        successor.milestone().id(), type.getValue(), lag.getText()),
                predecessor.valueProperty(), type.valueProperty(), lag.textProperty());
        ObjectBinding<Problems> problems = Bindings.createObjectBinding(() -> input.get().check(), input);
        FormGrid form = new FormGrid(problems);
        Label waiting = new Label(DependencyText.milestone(successor.programKey(), successor.milestone().title()) + " waits on:");
        form.addWide(waiting);
        form.add("Predecessor", predecessor, DependencyInput.PREDECESSOR);
        form.add("Type", type, null);
        form.add("Lag (days)", lag, DependencyInput.LAG);
        MilestoneService service = session.workspace().milestones();
        new FormDialog<>(owner, "Add dependency", "Add", form,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> service.addDependency(input.get()),
                added -> session.status().info("Added the dependency; dependents moved where needed (Undo with Ctrl+Z)")).show();
    }
}
