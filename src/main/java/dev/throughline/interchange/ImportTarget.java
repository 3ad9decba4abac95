package dev.throughline.interchange;

/** Where an import goes: a program that exists, or a new one under a key. */
public sealed interface ImportTarget {

    /** People only: the directory, no program. */
    record Directory() implements ImportTarget {
    }

    record Existing(long programId) implements ImportTarget {
    }

    /** {@code tpgmName} (name or email, optional) runs the new program; else the file's manager. */
    record NewProgram(String key, String name, String tpgmName) implements ImportTarget {
    }
}
