-- Schema 1: the people directory and the programs of the portfolio.
create table people (
    id          integer primary key,
    name        text not null check (length(trim(name)) > 0),
    role        text not null default '',
    function    text not null,
    email       text collate nocase unique,
    slack       text,
    gitlab      text,
    zone        text not null,
    work_start  text not null,
    work_end    text not null
);

create table programs (
    id             integer primary key,
    key            text not null collate nocase unique,
    name           text not null check (length(trim(name)) > 0),
    objective      text not null default '',
    status         text not null,
    health         text not null,
    health_reason  text not null default '',
    tpgm_id        integer not null references people (id) on delete restrict,
    sponsor_id     integer references people (id) on delete restrict,
    start_date     text,
    target_date    text,
    priority       text not null default 'P2',
    channel        text not null default '',
    links          text not null default '',
    check (target_date is null or start_date is null or target_date >= start_date)
);

create index programs_tpgm on programs (tpgm_id);
create index programs_sponsor on programs (sponsor_id);
