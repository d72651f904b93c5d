-- Preparation before the conversation: each participant's 3 stikord, whether they shared them, and private notes.
alter table conversation add column reveal_when_all_chosen boolean not null default false;

create table preparation (
    conversation_id  uuid         not null references conversation (id),
    person_id        bigint       not null references person (id),
    stikord_1        varchar(100),
    stikord_2        varchar(100),
    stikord_3        varchar(100),
    shared_at        timestamp with time zone,
    updated_at       timestamp with time zone not null,
    primary key (conversation_id, person_id)
);

-- Private preparation notes: seen by their author alone, everywhere and forever.
create table private_note (
    conversation_id  uuid          not null references conversation (id),
    person_id        bigint        not null references person (id),
    question_id      bigint        not null references question (id),
    text             varchar(4000) not null,
    updated_at       timestamp with time zone not null,
    primary key (conversation_id, person_id, question_id)
);
