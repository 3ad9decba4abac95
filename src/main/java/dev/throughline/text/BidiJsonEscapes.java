package dev.throughline.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON exports write bidirectional controls as {@code \u202E}-style escapes: a program reading the file
 * gets the text back exactly, and a person viewing it sees the escape, not reordered text.
 */
public final class BidiJsonEscapes extends CharacterEscapes {

    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return SharedText.isBidiControl(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
