/**
 * History of every change and the « Corbeille ». Rows are written by triggers that Copil (re)creates
 * at each open from one list of tables (main/db/history/tables.ts), so no write path can forget them
 * and a column added later is recorded without a new migration. No foreign keys: history outlives
 * the rows it describes. `before` / `after` hold only the fields that changed (every field of a
 * deleted row, so that it can be restored); `save_id` groups the rows of one save.
 */
export default /* sql */ `
CREATE TABLE history (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  actor         TEXT NOT NULL,
  save_id       TEXT NOT NULL,
  table_name    TEXT NOT NULL,
  row_id        INTEGER NOT NULL,
  op            TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  meeting_id    INTEGER,
  engagement_id INTEGER,
  ref           TEXT NOT NULL DEFAULT '',
  fields        TEXT NOT NULL DEFAULT '',
  before        TEXT,
  after         TEXT
) STRICT;
-- A save's rows are found by id range (trash.history_from): no index on save_id to keep writes cheap.
CREATE INDEX history_by_meeting ON history (meeting_id);
CREATE INDEX history_by_engagement ON history (engagement_id);

CREATE TABLE trash (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  table_name   TEXT NOT NULL,
  row_id       INTEGER NOT NULL,
  label        TEXT NOT NULL DEFAULT '',
  save_id      TEXT NOT NULL,
  history_from INTEGER NOT NULL,
  deleted_at   TEXT NOT NULL,
  actor        TEXT NOT NULL
) STRICT;
CREATE INDEX trash_by_date ON trash (deleted_at);
`
