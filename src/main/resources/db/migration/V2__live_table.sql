-- The live shared table of a conversation. Every change is stored here before anyone is told of it.
alter table conversation add column focused_question_id bigint references question (id);
alter table conversation add column focused_by bigint references person (id);

-- Per conversation, per question piece: the wording in use (null = the concept's), on the table, discussed.
create table conversation_question (
    conversation_id  uuid          not null references conversation (id),
    question_id      bigint        not null references question (id),
    wording          varchar(1000),
    reworded_by      bigint references person (id),
    on_table         boolean       not null default false,
    discussed        boolean       not null default false,
    primary key (conversation_id, question_id)
);

-- Stikord and picture pieces placed on the table, and by whom.
create table conversation_piece (
    conversation_id  uuid         not null references conversation (id),
    kind             varchar(10)  not null,
    piece_key        varchar(100) not null,
    placed_by        bigint       not null references person (id),
    placed_at        timestamp with time zone not null,
    primary key (conversation_id, kind, piece_key)
);

-- Shared notes (Noter), one text per perspective, versioned for optimistic concurrency.
create table conversation_note (
    conversation_id  uuid          not null references conversation (id),
    perspective_id   bigint        not null references perspective (id),
    text             varchar(4000) not null,
    version          bigint        not null,
    updated_by       bigint        not null references person (id),
    updated_at       timestamp with time zone not null,
    primary key (conversation_id, perspective_id)
);

-- Agreement rows (Aftaler): the udviklingsplan. A null perspective means the conversation as a whole.
create table agreement (
    id               uuid          primary key,
    conversation_id  uuid          not null references conversation (id),
    perspective_id   bigint references perspective (id),
    what             varchar(1000) not null,
    who              varchar(200)  not null,
    when_text        varchar(200)  not null,
    responsible      varchar(200)  not null,
    follow_up        varchar(200)  not null,
    version          bigint        not null,
    created_by       bigint        not null references person (id),
    created_at       timestamp with time zone not null,
    updated_by       bigint        not null references person (id),
    updated_at       timestamp with time zone not null
);
create index ix_agreement_conversation on agreement (conversation_id, created_at);
