-- Schema 4: RACI. Deliverables are the rows (grouped by workstream, optionally tied to a milestone),
-- members are the columns chosen from the directory, assignments are the letters in the cells.
create table deliverables (
    id             integer primary key,
    program_id     integer not null references programs (id) on delete cascade,
    workstream_id  integer references workstreams (id) on delete restrict,
    milestone_id   integer references milestones (id) on delete set null,
    position       integer not null,
    title          text not null check (length(trim(title)) > 0)
);

create index deliverables_program on deliverables (program_id, position);
create index deliverables_workstream on deliverables (workstream_id);
create index deliverables_milestone on deliverables (milestone_id);

create table raci_members (
    program_id  integer not null references programs (id) on delete cascade,
    person_id   integer not null references people (id) on delete restrict,
    position    integer not null,
    primary key (program_id, person_id)
);

create index raci_members_person on raci_members (person_id);

create table raci_assignments (
    deliverable_id  integer not null references deliverables (id) on delete cascade,
    person_id       integer not null references people (id) on delete restrict,
    role            text not null check (role in ('R', 'A', 'C', 'I')),
    primary key (deliverable_id, person_id, role)
);

create index raci_assignments_person on raci_assignments (person_id);

-- Workspace preferences that travel with the file (the load threshold of the RACI).
create table settings (
    key    text primary key,
    value  text not null
);
