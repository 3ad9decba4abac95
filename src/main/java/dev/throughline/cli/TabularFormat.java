package dev.throughline.cli;

import dev.throughline.interchange.Tabular;
import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option shared by every listing command (a picocli mixin). */
final class TabularFormat {

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Tabular.Format value;

    Tabular.Format value() {
        return value;
    }

    String render(Tabular table) {
        return table.render(value);
    }
}
