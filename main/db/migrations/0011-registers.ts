/**
 * The decisions register and the actions follow-up.
 * `decision_register`: one row per decision (notes « NB » included, never numbered) with its number
 * per committee and year (« D-2020-007 »: year and seq), computed from the meetings' date order and
 * frozen once its meeting is adopted, and its status. `decision_engagements` links a decision to
 * engagements of the plan. `action_follow_ups`: the dated notes and status changes of a next step,
 * each recorded against the meeting where it was followed up (or none, between meetings). These rows
 * are the register, not the relevé's content: they stay writable after adoption.
 */
export default /* sql */ `
CREATE TABLE decision_register (
  decision_id  INTEGER PRIMARY KEY REFERENCES decisions (id) ON DELETE CASCADE,
  committee_id INTEGER REFERENCES committees (id) ON DELETE CASCADE,
  year         INTEGER,
  seq          INTEGER CHECK (seq IS NULL OR seq > 0),
  frozen       INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
  status       TEXT NOT NULL DEFAULT 'a_mettre_en_oeuvre'
               CHECK (status IN ('a_mettre_en_oeuvre', 'en_cours', 'realisee', 'abandonnee')),
  status_at    TEXT,
  CHECK ((year IS NULL) = (seq IS NULL)),
  CHECK (frozen = 0 OR seq IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX decision_register_number ON decision_register (committee_id, year, seq) WHERE seq IS NOT NULL;
CREATE INDEX decision_register_by_status ON decision_register (status);
INSERT INTO decision_register (decision_id) SELECT id FROM decisions;

CREATE TABLE decision_engagements (
  decision_id   INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  PRIMARY KEY (decision_id, engagement_id)
) STRICT;
CREATE INDEX decision_engagements_by_engagement ON decision_engagements (engagement_id, decision_id);

CREATE TABLE action_follow_ups (
  id           INTEGER PRIMARY KEY,
  next_step_id INTEGER NOT NULL REFERENCES next_steps (id) ON DELETE CASCADE,
  meeting_id   INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('a_faire', 'en_cours', 'fait', 'reporte', 'annule')),
  note         TEXT NOT NULL DEFAULT '',
  noted_on     TEXT NOT NULL CHECK (date(noted_on) = noted_on),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX action_follow_ups_by_action ON action_follow_ups (next_step_id, noted_on, id);
CREATE UNIQUE INDEX action_follow_ups_one_per_meeting ON action_follow_ups (meeting_id, next_step_id) WHERE meeting_id IS NOT NULL;
`
