-- Groups an identity provider pushes over SCIM (Entra ID): their members get the roles the groups are mapped to
create table scim_group (
    id            varchar(36)   primary key,
    display_name  varchar(300)  not null,
    external_id   varchar(500),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index ix_scim_group_name on scim_group (display_name);

create table scim_group_member (
    group_id   varchar(36)  not null references scim_group (id),
    person_id  bigint       not null references person (id),
    primary key (group_id, person_id)
);
create index ix_scim_group_member_person on scim_group_member (person_id);
