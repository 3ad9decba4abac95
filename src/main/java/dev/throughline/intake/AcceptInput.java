package dev.throughline.intake;

/** What accepting needs: the new program's key and the TPgM who will run it. */
public record AcceptInput(String programKey, Long tpgmId) {
}
