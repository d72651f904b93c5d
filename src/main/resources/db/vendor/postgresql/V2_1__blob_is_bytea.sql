-- V3 stores the personalemappe's PDFs in a column of H2's type BLOB. PostgreSQL calls binary strings bytea; this
-- name for it lets V3 run unchanged on both, so that every existing H2 database keeps its migration checksums.
create domain blob as bytea;
