-- Deputy groups (代表小组) and topic groups (课题组) as they stand now; their history is the event stream.
CREATE TABLE deputy_group_view (
    id            UUID PRIMARY KEY,
    township_code VARCHAR(9)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    theme         VARCHAR(100),
    formed_on     DATE         NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    on_behalf_of  VARCHAR(60),
    version       BIGINT       NOT NULL
);

CREATE INDEX deputy_group_view_township ON deputy_group_view (township_code, kind, name);

-- Current members; kind is copied from the group so that the index below can see it.
CREATE TABLE deputy_group_member (
    group_id  UUID        NOT NULL REFERENCES deputy_group_view (id),
    deputy_id UUID        NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    joined_on DATE        NOT NULL,
    PRIMARY KEY (group_id, deputy_id)
);

-- A deputy is in one deputy group (DOMAIN §3). The view is written in the command's transaction, so
-- this index refuses the second membership even when two offices add the same deputy at once.
CREATE UNIQUE INDEX deputy_group_member_one_deputy_group ON deputy_group_member (deputy_id)
    WHERE kind = 'DEPUTY_GROUP';

CREATE TABLE deputy_group_office (
    group_id  UUID        NOT NULL REFERENCES deputy_group_view (id),
    role      VARCHAR(20) NOT NULL,
    deputy_id UUID        NOT NULL,
    PRIMARY KEY (group_id, role)
);

CREATE TABLE deputy_group_venue (
    group_id UUID         NOT NULL REFERENCES deputy_group_view (id),
    venue_id UUID         NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    address  VARCHAR(200) NOT NULL,
    ordinal  BIGSERIAL,
    PRIMARY KEY (group_id, venue_id)
);
