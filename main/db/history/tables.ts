/**
 * THE LIST OF TABLES WHOSE CHANGES ARE RECORDED (issue 12 #6). Adding a table to the history is
 * one line here: Copil (re)creates its INSERT / UPDATE / DELETE triggers at the next open, with
 * every column the table has then (main/db/history/triggers.ts). Tables that hang off one of these
 * by ON DELETE CASCADE (meeting_dates, memberships, a decision's numbers or an action's notes…) are
 * found by themselves: their rows are kept when a deletion takes them along, so « Restaurer »
 * brings them back; list them here as well to show their own edits in « Historique ».
 *
 * In the SQL expressions below `$.` stands for the row (OLD. or NEW.): they come from this file
 * only, never from input.
 */
export interface HistoryTable {
  table: string
  /** The meeting the row belongs to, for the meeting's « Historique ». */
  meeting?: string
  /** The engagement the row belongs to, for the engagement's « Historique ». */
  engagement?: string
  /** A short reference shown beside the kind of row (« Décision 3 »). */
  ref?: string
  /** Deleting such a row puts it in the « Corbeille » (when `when` holds: not when its parent goes with it). */
  trash?: { kind: TrashKind; label: string; when?: string }
}

/** The kinds of item the « Corbeille » holds. */
export type TrashKind = 'meeting' | 'person' | 'organisation' | 'decision' | 'nextStep'

const ACTIVITY_REF = "(SELECT number || '. ' || title FROM activities WHERE id = $.activity_id)"
const MEETING_EXISTS = 'EXISTS (SELECT 1 FROM meetings WHERE id = $.meeting_id)'

export const HISTORY_TABLES: readonly HistoryTable[] = [
  {
    table: 'meetings',
    meeting: '$.id',
    ref: '$.title',
    trash: { kind: 'meeting', label: "$.title || coalesce(' (' || $.first_date || ')', '')" },
  },
  {
    table: 'attendance',
    meeting: '$.meeting_id',
    ref: "(SELECT trim(first_name || ' ' || last_name) FROM people WHERE id = $.person_id)",
  },
  { table: 'agenda_items', meeting: '$.meeting_id', ref: "$.position || '. ' || $.title" },
  {
    table: 'decisions',
    meeting: '$.meeting_id',
    ref: '$.position',
    trash: { kind: 'decision', label: 'substr($.text, 1, 160)', when: MEETING_EXISTS },
  },
  {
    table: 'next_steps',
    meeting: '$.meeting_id',
    ref: '$.position',
    trash: { kind: 'nextStep', label: 'substr($.text, 1, 160)', when: MEETING_EXISTS },
  },
  {
    table: 'progress_reports',
    meeting: '$.meeting_id',
    engagement: 'coalesce($.engagement_id, (SELECT engagement_id FROM activities WHERE id = $.activity_id))',
    ref: ACTIVITY_REF,
  },
  {
    table: 'replans',
    meeting: '$.meeting_id',
    engagement: '(SELECT engagement_id FROM activities WHERE id = $.activity_id)',
    ref: ACTIVITY_REF,
  },
  { table: 'engagements', engagement: '$.id', ref: "$.number || '. ' || $.title" },
  { table: 'activities', engagement: '$.engagement_id', ref: "$.number || '. ' || $.title" },
  // Registers (issue 12 #3, #4): a decision's status and number, an action's dated notes.
  {
    table: 'decision_register',
    meeting: '(SELECT meeting_id FROM decisions WHERE id = $.decision_id)',
    ref: '(SELECT position FROM decisions WHERE id = $.decision_id)',
  },
  {
    table: 'action_follow_ups',
    meeting: 'coalesce($.meeting_id, (SELECT meeting_id FROM next_steps WHERE id = $.next_step_id))',
    ref: '(SELECT position FROM next_steps WHERE id = $.next_step_id)',
  },
  {
    table: 'people',
    ref: "trim($.first_name || ' ' || $.last_name)",
    trash: { kind: 'person', label: "trim($.civility || ' ' || $.first_name || ' ' || $.last_name)" },
  },
  {
    table: 'organisations',
    ref: '$.name',
    trash: { kind: 'organisation', label: "$.name || coalesce(' (' || nullif($.acronym, '') || ')', '')" },
  },
]

/** Columns never shown as changes: timestamps and the folded `*_key` copies triggers keep in step. */
export function isQuietColumn(column: string): boolean {
  return column === 'updated_at' || column === 'created_at' || column.endsWith('_key')
}
