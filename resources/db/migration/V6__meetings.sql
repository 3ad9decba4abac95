-- Schema 6: recurring sync meetings per program: RFC 5545 recurrence + skipped dates, zone, attendees,
-- and an agenda template of ordered sections with default timeboxes.
create table meeting_series (
    id                integer primary key,
    program_id        integer not null references programs (id) on delete cascade,
    title             text not null check (length(trim(title)) > 0),
    rrule             text not null,
    first_date        text not null,
    start_time        text not null,
    duration_minutes  integer not null check (duration_minutes > 0),
    zone              text not null,
    async_first       integer not null default 1,
    exdates           text not null default ''
);

create index meeting_series_program on meeting_series (program_id);

create table meeting_attendees (
    series_id  integer not null references meeting_series (id) on delete cascade,
    person_id  integer not null references people (id) on delete restrict,
    position   integer not null,
    primary key (series_id, person_id)
);

create index meeting_attendees_person on meeting_attendees (person_id);

create table meeting_agenda_sections (
    series_id  integer not null references meeting_series (id) on delete cascade,
    position   integer not null,
    kind       text not null,
    title      text not null,
    minutes    integer not null check (minutes > 0),
    primary key (series_id, position)
);
