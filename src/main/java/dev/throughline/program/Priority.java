package dev.throughline.program;

public enum Priority { P0, P1, P2, P3 }
