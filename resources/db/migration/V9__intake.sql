-- Schema 9: intake requests posted to the TPgM team's channel, following
-- its template, with the received and first-response instants (UTC) and the triage outcome.
create table intake_requests (
    id                 integer primary key,
    requester_id       integer not null references people (id) on delete restrict,
    initiative         text not null check (length(trim(initiative)) > 0),
    problem            text not null default '',
    outcome            text not null default '',
    complexity         text not null check (complexity in ('LOW', 'MEDIUM', 'HIGH')),
    functions          text not null default '',
    other_functions    text not null default '',
    criticality        text not null check (criticality in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    desired_date       text,
    links              text not null default '',
    channel            text not null default '',
    notes              text not null default '',
    received_at        text not null,
    first_response_at  text,
    status             text not null check (status in ('NEW', 'NEEDS_INFO', 'ACCEPTED', 'DECLINED')),
    triage_note        text not null default '',
    program_id         integer references programs (id) on delete set null,
    check (status <> 'DECLINED' or length(trim(triage_note)) > 0),
    check (first_response_at is null or first_response_at >= received_at)
);

create index intake_requests_status on intake_requests (status, received_at);
create index intake_requests_requester on intake_requests (requester_id);
create index intake_requests_program on intake_requests (program_id);
