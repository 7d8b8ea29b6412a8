/**
 * The national action plan: axes, engagements, activities, progress reported over time and the
 * replanning of activities. Replans are appended, never overwritten: the baseline stays on the
 * activity and each revision is one row with the meeting that decided it.
 */
export default /* sql */ `
CREATE TABLE plans (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
  period_label TEXT NOT NULL DEFAULT '',
  committee_id INTEGER REFERENCES committees (id) ON DELETE SET NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE axes (
  id       INTEGER PRIMARY KEY,
  plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title    TEXT NOT NULL
) STRICT;
CREATE INDEX axes_by_plan ON axes (plan_id, position);

CREATE TABLE engagements (
  id                          INTEGER PRIMARY KEY,
  plan_id                     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  axis_id                     INTEGER NOT NULL REFERENCES axes (id) ON DELETE CASCADE,
  number                      INTEGER NOT NULL CHECK (number > 0),
  title                       TEXT NOT NULL,
  responsible_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  responsible_text            TEXT NOT NULL DEFAULT '',
  project_lead                TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, number)
) STRICT;
CREATE INDEX engagements_by_axis ON engagements (axis_id, number);

CREATE TABLE activities (
  id              INTEGER PRIMARY KEY,
  engagement_id   INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  number          INTEGER NOT NULL CHECK (number > 0),
  title           TEXT NOT NULL,
  weight          REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
  baseline_text   TEXT NOT NULL DEFAULT '',
  baseline_period TEXT CHECK (baseline_period IS NULL OR json_valid(baseline_period)),
  UNIQUE (engagement_id, number)
) STRICT;

CREATE TABLE progress_reports (
  id            INTEGER PRIMARY KEY,
  activity_id   INTEGER REFERENCES activities (id) ON DELETE CASCADE,
  engagement_id INTEGER REFERENCES engagements (id) ON DELETE CASCADE,
  meeting_id    INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  date          TEXT NOT NULL CHECK (date(date) = date),
  percent       REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
  narrative     TEXT NOT NULL DEFAULT '',
  difficulties  TEXT NOT NULL DEFAULT '',
  -- « Nouvelle planification des actions restantes » as the meeting wrote it, for engagement reports.
  replanning    TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((activity_id IS NULL) <> (engagement_id IS NULL))
) STRICT;
CREATE INDEX progress_by_activity ON progress_reports (activity_id, date);
CREATE INDEX progress_by_engagement ON progress_reports (engagement_id, date);
CREATE INDEX progress_by_meeting ON progress_reports (meeting_id);

CREATE TABLE replans (
  id              INTEGER PRIMARY KEY,
  activity_id     INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  meeting_id      INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  date            TEXT NOT NULL CHECK (date(date) = date),
  previous_text   TEXT NOT NULL DEFAULT '',
  previous_period TEXT CHECK (previous_period IS NULL OR json_valid(previous_period)),
  new_text        TEXT NOT NULL DEFAULT '',
  new_period      TEXT CHECK (new_period IS NULL OR json_valid(new_period)),
  reason          TEXT NOT NULL DEFAULT '',
  kind            TEXT NOT NULL CHECK (kind IN ('replanifiee', 'annulee', 'sans_visibilite', 'depend_tiers')),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX replans_by_activity ON replans (activity_id, date);
CREATE INDEX replans_by_meeting ON replans (meeting_id);
`
