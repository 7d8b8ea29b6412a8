/**
 * The language of a meeting's relevé: « fr » (every meeting so far) or « ar », whose fixed labels
 * and dates are Arabic and whose pages are laid right to left.
 *
 * The language is content: an adopted relevé was adopted in its language, so the lock trigger of
 * migration 0014 is recreated with `language` among the columns it guards (same columns otherwise).
 */
const MEETING_CONTENT = [
  'committee_id', 'title', 'kind', 'mode', 'place', 'video_tool', 'notes', 'status', 'first_date',
  'decision_style', 'introduction', 'participant_order', 'language',
] as const
const changed = MEETING_CONTENT.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')

export default /* sql */ `
ALTER TABLE meetings ADD COLUMN language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'ar'));

DROP TRIGGER meetings_lock_update;
CREATE TRIGGER meetings_lock_update BEFORE UPDATE ON meetings
WHEN OLD.locked = 1 AND NEW.locked = 1 AND (${changed}) BEGIN SELECT RAISE(ABORT, 'COPIL_RELEVE_LOCKED'); END;
`
