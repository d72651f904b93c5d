-- Who has a conversation open and who types where, when several nodes serve it (samtalebordet.cluster.enabled):
-- each open page is a row of the node serving it, vouched for by that node at every sweep; a typing lease is one
-- row per field. A single node keeps both in memory and leaves these tables empty.
create table presence_connection (
    connection_id    varchar(36)  primary key,
    conversation_id  uuid         not null,
    person_id        bigint       not null,
    place            varchar(20)  not null,
    node             varchar(100) not null,
    opened_at        timestamp with time zone not null,
    vouched_at       timestamp with time zone not null,
    away             boolean      not null default false
);
create index ix_presence_conversation on presence_connection (conversation_id);
create index ix_presence_node on presence_connection (node);

create table typing_lease (
    conversation_id  uuid         not null,
    field            varchar(100) not null,
    person_id        bigint       not null,
    held_until       timestamp with time zone not null,
    primary key (conversation_id, field)
);
