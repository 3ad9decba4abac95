-- Schema 6: status snapshots. A snapshot is frozen when it is inserted: the trigger refuses any update,
-- so only an undo of "take snapshot" (a delete) or deleting the program removes one.
create table snapshots (
    id                integer primary key,
    program_id        integer not null references programs (id) on delete cascade,
    taken_at          text not null,
    health            text not null check (health in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    suggested_health  text not null check (suggested_health in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    reason            text not null default '',
    summary           text not null default '',
    accomplishments   text not null default '',
    next_steps        text not null default '',
    asks              text not null default '',
    payload_version   integer not null check (payload_version > 0),
    payload           text not null,
    check (health = suggested_health or length(trim(reason)) > 0)
);

create index snapshots_program on snapshots (program_id, taken_at, id);

create trigger snapshots_frozen before update on snapshots begin select raise(abort, 'a status snapshot is frozen and cannot be changed'); end;
