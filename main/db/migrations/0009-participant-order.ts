/**
 * How a meeting's relevé lists its participants: « college » grouped by side (what every meeting
 * did so far, hence the default) or « protocol », one list in the order the secretariat set.
 * The protocol order is the attendance's `position`; positions are made 1…n per meeting, in their
 * present order (ties, e.g. rows written with the default 0, in the order they were added), so
 * that a reorder and « move up / down » always have distinct places to swap.
 */
export default /* sql */ `
ALTER TABLE meetings ADD COLUMN participant_order TEXT NOT NULL DEFAULT 'college'
  CHECK (participant_order IN ('college', 'protocol'));
-- Ranks computed before any row changes (a correlated subquery would see rows already renumbered).
CREATE TEMP TABLE attendance_rank AS
  SELECT rowid AS row_id, row_number() OVER (PARTITION BY meeting_id ORDER BY position, rowid) AS rank FROM attendance;
UPDATE attendance SET position = (SELECT rank FROM attendance_rank WHERE row_id = attendance.rowid);
DROP TABLE attendance_rank;
`
