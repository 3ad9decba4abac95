-- Schema 8: what happens at a sync. An occurrence is stored once its agenda is edited or the meeting is
-- run; its agenda items keep their order, timebox, time spent, outcome and where they were carried from.
-- Decisions and action items belong to the program and point at the occurrence that made them.
create table meeting_occurrences (
    id               integer primary key,
    series_id        integer not null references meeting_series (id) on delete cascade,
    occurrence_date  text not null,
    starts_at        text not null,
    state            text not null default 'PLANNED' check (state in ('PLANNED', 'RUNNING', 'ENDED')),
    started_at       text,
    ended_at         text,
    current_item_id  integer,
    item_started_at  text,
    notes            text not null default '',
    minutes          text not null default '',
    unique (series_id, occurrence_date)
);

create table occurrence_items (
    id                 integer primary key,
    occurrence_id      integer not null references meeting_occurrences (id) on delete cascade,
    position           integer not null,
    section            text not null,
    kind               text not null,
    text               text not null,
    source             text not null default '',
    minutes            integer not null default 0 check (minutes >= 0),
    spent_seconds      integer not null default 0 check (spent_seconds >= 0),
    state              text not null default 'OPEN'
                       check (state in ('OPEN', 'DONE', 'DROPPED', 'ASYNC', 'CARRIED')),
    outcome            text not null default '',
    carried_from_item  integer references occurrence_items (id) on delete set null,
    carried_from_date  text
);

create index occurrence_items_occurrence on occurrence_items (occurrence_id, position);

create table occurrence_attendance (
    occurrence_id  integer not null references meeting_occurrences (id) on delete cascade,
    person_id      integer not null references people (id) on delete cascade,
    present        integer not null default 1,
    primary key (occurrence_id, person_id)
);

create table decisions (
    id             integer primary key,
    program_id     integer not null references programs (id) on delete cascade,
    occurrence_id  integer references meeting_occurrences (id) on delete set null,
    title          text not null check (length(trim(title)) > 0),
    rationale      text not null default '',
    decided_on     text not null,
    status         text not null default 'DECIDED' check (status in ('PENDING', 'DECIDED')),
    supersedes_id  integer references decisions (id) on delete set null
);

create index decisions_program on decisions (program_id, decided_on);

create table action_items (
    id             integer primary key,
    program_id     integer not null references programs (id) on delete cascade,
    occurrence_id  integer references meeting_occurrences (id) on delete set null,
    title          text not null check (length(trim(title)) > 0),
    owner_id       integer references people (id) on delete restrict,
    due            text,
    created_on     text not null,
    status         text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'DROPPED')),
    closed_on      text
);

create index action_items_program on action_items (program_id, status, due);
create index action_items_owner on action_items (owner_id);
