-- Schema 10: when a program's health (or its reason) was last set by an edit of the program, as a UTC
-- instant. A program has one current health: its latest snapshot's, unless an edit is newer (ProgramHealth).
-- Null for programs written before this schema or imported: their latest snapshot, if any, decides.
alter table programs add column health_set_at text;
