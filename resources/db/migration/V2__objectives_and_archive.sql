-- Schema 2: measurable objectives per program, and archiving instead of deleting programs.
create table objectives (
    id          integer primary key,
    program_id  integer not null references programs (id) on delete cascade,
    position    integer not null,
    text        text not null check (length(trim(text)) > 0),
    measure     text not null default '',
    target      text not null default '',
    current     text not null default ''
);

create index objectives_program on objectives (program_id, position);

alter table programs add column archived integer not null default 0;
