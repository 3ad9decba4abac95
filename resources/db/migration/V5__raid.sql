-- Schema 4: the RAID log (risks, assumptions, issues, dependencies), links to milestones, change history.
create table raid_items (
    id                    integer primary key,
    program_id            integer not null references programs (id) on delete cascade,
    type                  text not null check (type in ('RISK', 'ASSUMPTION', 'ISSUE', 'DEPENDENCY')),
    title                 text not null check (length(trim(title)) > 0),
    cause                 text not null default '',
    event                 text not null default '',
    effect                text not null default '',
    probability           integer not null check (probability between 1 and 5),
    impact                integer not null check (impact between 1 and 5),
    residual_probability  integer check (residual_probability between 1 and 5),
    residual_impact       integer check (residual_impact between 1 and 5),
    owner_id              integer references people (id) on delete restrict,
    response              text,
    mitigation            text not null default '',
    trigger_kind          text,
    trigger_milestone_id  integer references milestones (id) on delete set null,
    trigger_date          text,
    trigger_days          integer,
    proximity             text not null,
    review_date           text,
    status                text not null,
    realised_from_id      integer references raid_items (id) on delete set null
);

create index raid_items_program on raid_items (program_id);
create index raid_items_owner on raid_items (owner_id);

create table raid_milestones (
    raid_id       integer not null references raid_items (id) on delete cascade,
    milestone_id  integer not null references milestones (id) on delete cascade,
    primary key (raid_id, milestone_id)
);

create index raid_milestones_milestone on raid_milestones (milestone_id);

-- Append-only: one row per changed field of a RAID item (undo removes the rows its edit added).
create table raid_history (
    id        integer primary key,
    raid_id   integer not null references raid_items (id) on delete cascade,
    at        text not null,
    field     text not null,
    old       text not null default '',
    new       text not null default ''
);

create index raid_history_item on raid_history (raid_id, id);
