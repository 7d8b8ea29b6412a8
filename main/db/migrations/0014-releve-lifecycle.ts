/**
 * The relevé's lifecycle: brouillon → diffusé pour observations → adopté, and errata.
 *
 * - `releve_circulations`: when the draft was sent for comments, to whom, and until when.
 * - `releve_versions`: one row per adopted version (1, then one per erratum), append-only, with the
 *   canonical content (see shared/lifecycle/canonical.ts) and its SHA-256 fingerprint.
 * - `releve_errata`: an erratum opened on an adopted meeting (its reason), until it is adopted.
 * - `meetings.locked`: 1 while the meeting's latest version is adopted and no erratum is open.
 *
 * The lock is enforced here, below every repository, service, handler and command: BEFORE
 * triggers on every table holding a meeting's relevé content raise COPIL_RELEVE_LOCKED, which the
 * API maps to CONFLICT with a French message (main/api/db-errors.ts). UPDATE triggers compare the
 * content columns only, so that what is recorded against later meetings stays writable: a next
 * step's follow-up status, a decision's register columns (added by later migrations), the
 * meeting's updated_at. A meeting is unlocked only with an erratum open, and locked only with a
 * version recorded.
 */
const LOCKED = 'COPIL_RELEVE_LOCKED'
const raise = `SELECT RAISE(ABORT, '${LOCKED}');`
const lockedMeeting = (ref: string): string => `(SELECT locked FROM meetings WHERE id = ${ref}) = 1`
/** `OLD.a IS NOT NEW.a OR …` over the content columns of a table. */
const changed = (columns: readonly string[]): string => columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')

/** INSERT/UPDATE/DELETE guards of a table whose rows belong to one meeting through `meeting_id`. */
function guardChildTable(table: string, columns: readonly string[]): string {
  return `
CREATE TRIGGER ${table}_lock_insert BEFORE INSERT ON ${table}
WHEN ${lockedMeeting('NEW.meeting_id')} BEGIN ${raise} END;
CREATE TRIGGER ${table}_lock_update BEFORE UPDATE ON ${table}
WHEN (${lockedMeeting('OLD.meeting_id')} OR ${lockedMeeting('NEW.meeting_id')}) AND (${changed(columns)}) BEGIN ${raise} END;
CREATE TRIGGER ${table}_lock_delete BEFORE DELETE ON ${table}
WHEN ${lockedMeeting('OLD.meeting_id')} BEGIN ${raise} END;`
}

const MEETING_CONTENT = [
  'committee_id', 'title', 'kind', 'mode', 'place', 'video_tool', 'notes', 'status', 'first_date',
  'decision_style', 'introduction', 'participant_order',
] as const

export default /* sql */ `
ALTER TABLE meetings ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));

CREATE TABLE releve_circulations (
  meeting_id        INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
  sent_on           TEXT NOT NULL CHECK (date(sent_on) = sent_on),
  recipients        TEXT NOT NULL DEFAULT '',
  comments_deadline TEXT CHECK (comments_deadline IS NULL OR date(comments_deadline) = comments_deadline),
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE releve_versions (
  id                    INTEGER PRIMARY KEY,
  meeting_id            INTEGER NOT NULL REFERENCES meetings (id),
  version               INTEGER NOT NULL CHECK (version > 0),
  adopted_on            TEXT NOT NULL CHECK (date(adopted_on) = adopted_on),
  adopted_at_meeting_id INTEGER REFERENCES meetings (id),
  reason                TEXT NOT NULL DEFAULT '',
  canonical             TEXT NOT NULL CHECK (json_valid(canonical)),
  fingerprint           TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (meeting_id, version)
) STRICT;
CREATE INDEX releve_versions_by_adopting_meeting ON releve_versions (adopted_at_meeting_id);
CREATE TRIGGER releve_versions_append_only_update BEFORE UPDATE ON releve_versions BEGIN ${raise} END;
CREATE TRIGGER releve_versions_append_only_delete BEFORE DELETE ON releve_versions BEGIN ${raise} END;

CREATE TABLE releve_errata (
  meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
  reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  opened_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TRIGGER meetings_lock_update BEFORE UPDATE ON meetings
WHEN OLD.locked = 1 AND NEW.locked = 1 AND (${changed(MEETING_CONTENT)}) BEGIN ${raise} END;
CREATE TRIGGER meetings_lock_delete BEFORE DELETE ON meetings
WHEN OLD.locked = 1 BEGIN ${raise} END;
CREATE TRIGGER meetings_unlock_needs_erratum BEFORE UPDATE OF locked ON meetings
WHEN OLD.locked = 1 AND NEW.locked = 0 AND NOT EXISTS (SELECT 1 FROM releve_errata WHERE meeting_id = NEW.id)
BEGIN ${raise} END;
CREATE TRIGGER meetings_lock_needs_version BEFORE UPDATE OF locked ON meetings
WHEN OLD.locked = 0 AND NEW.locked = 1 AND NOT EXISTS (SELECT 1 FROM releve_versions WHERE meeting_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'COPIL_ADOPT_WITHOUT_VERSION'); END;
CREATE TRIGGER circulations_lock_insert BEFORE INSERT ON releve_circulations
WHEN ${lockedMeeting('NEW.meeting_id')} BEGIN ${raise} END;
CREATE TRIGGER circulations_lock_update BEFORE UPDATE ON releve_circulations
WHEN ${lockedMeeting('OLD.meeting_id')} BEGIN ${raise} END;
${guardChildTable('meeting_dates', ['meeting_id', 'position', 'date', 'start_time', 'end_time'])}
${guardChildTable('attendance', [
  'meeting_id', 'person_id', 'status', 'represented_by', 'organisation_id', 'organisation_name', 'side', 'position', 'function',
])}
${guardChildTable('agenda_items', [
  'meeting_id', 'position', 'title', 'presenter', 'standing', 'discussion', 'discussion_heading', 'decisions_heading',
])}
${guardChildTable('decisions', ['meeting_id', 'agenda_item_id', 'position', 'text', 'body', 'note'])}
${guardChildTable('next_steps', [
  'meeting_id', 'position', 'text', 'responsible_person_id', 'responsible_organisation_id', 'responsible_text',
  'due_text', 'due_period', 'details',
])}
${guardChildTable('progress_reports', [
  'meeting_id', 'activity_id', 'engagement_id', 'date', 'percent', 'narrative', 'difficulties', 'replanning',
])}
${guardChildTable('replans', [
  'meeting_id', 'activity_id', 'date', 'previous_text', 'previous_period', 'new_text', 'new_period', 'reason', 'kind',
])}
`
