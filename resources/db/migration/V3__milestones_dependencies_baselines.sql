-- Schema 3: workstreams, milestones, dependencies between milestones (any program), named baselines.
create table workstreams (
    id          integer primary key,
    program_id  integer not null references programs (id) on delete cascade,
    position    integer not null,
    name        text not null check (length(trim(name)) > 0),
    unique (program_id, name)
);

create table milestones (
    id             integer primary key,
    program_id     integer not null references programs (id) on delete cascade,
    workstream_id  integer references workstreams (id) on delete restrict,
    title          text not null check (length(trim(title)) > 0),
    owner_id       integer references people (id) on delete restrict,
    start_date     text,
    baseline_date  text,
    forecast_date  text not null,
    actual_date    text,
    deadline       text,
    status         text not null,
    notes          text not null default '',
    check (start_date is null or start_date <= forecast_date)
);

create index milestones_program on milestones (program_id, forecast_date);
create index milestones_workstream on milestones (workstream_id);
create index milestones_owner on milestones (owner_id);

create table dependencies (
    id              integer primary key,
    predecessor_id  integer not null references milestones (id) on delete cascade,
    successor_id    integer not null references milestones (id) on delete cascade,
    type            text not null check (type in ('FS', 'SS', 'FF', 'SF')),
    lag_days        integer not null default 0,
    check (predecessor_id <> successor_id),
    unique (predecessor_id, successor_id)
);

create index dependencies_successor on dependencies (successor_id);

create table baselines (
    id          integer primary key,
    program_id  integer not null references programs (id) on delete cascade,
    name        text not null check (length(trim(name)) > 0),
    taken_at    text not null,
    unique (program_id, name)
);

create table baseline_dates (
    baseline_id   integer not null references baselines (id) on delete cascade,
    milestone_id  integer not null references milestones (id) on delete cascade,
    date          text not null,
    primary key (baseline_id, milestone_id)
);
