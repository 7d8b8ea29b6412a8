/**
 * Directory (organisations, people), committees and their members, meetings with their dates,
 * attendance, agenda, discussions, decisions and next steps.
 * `*_key` columns hold names folded for comparison (no accents, lower case) to find duplicates.
 */
export default /* sql */ `
CREATE TABLE organisations (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key   TEXT NOT NULL UNIQUE,
  acronym    TEXT NOT NULL DEFAULT '',
  side       TEXT NOT NULL CHECK (side IN ('administration', 'societe_civile', 'partenaire', 'expert', 'autre')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE people (
  id              INTEGER PRIMARY KEY,
  civility        TEXT NOT NULL CHECK (civility IN ('Mme', 'M.')),
  first_name      TEXT NOT NULL,
  last_name       TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  name_key        TEXT NOT NULL,
  function        TEXT NOT NULL DEFAULT '',
  email           TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX people_by_name ON people (name_key, organisation_id);
CREATE INDEX people_by_organisation ON people (organisation_id);

CREATE TABLE committees (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key            TEXT NOT NULL UNIQUE,
  acronym             TEXT NOT NULL DEFAULT '',
  default_place       TEXT NOT NULL DEFAULT '',
  quorum_min_present  INTEGER CHECK (quorum_min_present IS NULL OR quorum_min_present >= 0),
  quorum_min_per_side INTEGER CHECK (quorum_min_per_side IS NULL OR quorum_min_per_side >= 0),
  created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE memberships (
  id           INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('president', 'titulaire', 'suppleant', 'secretariat', 'observateur')),
  start_date   TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
  end_date     TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX memberships_by_committee ON memberships (committee_id);
CREATE INDEX memberships_by_person ON memberships (person_id);

CREATE TABLE meetings (
  id           INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE RESTRICT,
  title        TEXT NOT NULL,
  kind         TEXT NOT NULL DEFAULT 'ordinaire' CHECK (kind IN ('ordinaire', 'extraordinaire', 'preparatoire', 'atelier')),
  mode         TEXT NOT NULL DEFAULT 'presentiel' CHECK (mode IN ('presentiel', 'distance', 'hybride')),
  place        TEXT NOT NULL DEFAULT '',
  video_tool   TEXT NOT NULL DEFAULT '',
  notes        TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'brouillon' CHECK (status IN ('brouillon', 'adopte')),
  first_date   TEXT,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX meetings_by_committee_date ON meetings (committee_id, first_date DESC);
CREATE INDEX meetings_by_date ON meetings (first_date DESC);

CREATE TABLE meeting_dates (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  date       TEXT NOT NULL CHECK (date(date) = date),
  start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  end_time   TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  CHECK (start_time IS NULL OR end_time IS NULL OR end_time > start_time)
) STRICT;
CREATE INDEX meeting_dates_by_meeting ON meeting_dates (meeting_id, position);

CREATE TABLE attendance (
  meeting_id        INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id         INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  status            TEXT NOT NULL CHECK (status IN ('a_confirmer', 'present', 'excuse', 'absent', 'represente', 'invite')),
  represented_by    TEXT NOT NULL DEFAULT '',
  organisation_id   INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  organisation_name TEXT NOT NULL DEFAULT '',
  side              TEXT CHECK (side IS NULL OR side IN ('administration', 'societe_civile', 'partenaire', 'expert', 'autre')),
  position          INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (meeting_id, person_id)
) STRICT;
CREATE INDEX attendance_by_person ON attendance (person_id);

CREATE TABLE agenda_items (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  title      TEXT NOT NULL,
  presenter  TEXT NOT NULL DEFAULT '',
  standing   INTEGER NOT NULL DEFAULT 0 CHECK (standing IN (0, 1)),
  discussion TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(discussion))
) STRICT;
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

CREATE TABLE decisions (
  id             INTEGER PRIMARY KEY,
  meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
  position       INTEGER NOT NULL,
  text           TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_by_meeting ON decisions (meeting_id, position);

CREATE TABLE next_steps (
  id                          INTEGER PRIMARY KEY,
  meeting_id                  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position                    INTEGER NOT NULL,
  text                        TEXT NOT NULL,
  responsible_person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
  responsible_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  responsible_text            TEXT NOT NULL DEFAULT '',
  due_text                    TEXT NOT NULL DEFAULT '',
  due_period                  TEXT CHECK (due_period IS NULL OR json_valid(due_period)),
  status                      TEXT NOT NULL DEFAULT 'a_faire' CHECK (status IN ('a_faire', 'en_cours', 'fait', 'annule'))
) STRICT;
CREATE INDEX next_steps_by_meeting ON next_steps (meeting_id, position);
`
