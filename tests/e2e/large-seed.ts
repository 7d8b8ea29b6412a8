/** A smaller cut of the bench's ten-year database for the editor's end-to-end tests. */
import { openDatabase } from '../../main/db/connection'
import { generateTenYears } from '../../main/bench/generate'
import type { Preview } from './preview'

/** Large enough for every list of the plan section to be longer than what is mounted at once. */
export const LARGE_SIZE = {
  meetings: 24,
  decisionsPerMeeting: 12,
  engagements: 60,
  activitiesPerEngagement: 12,
  people: 60,
}

/** Fills the preview's database and restarts it; returns the meeting to edit (the last one, a draft). */
export async function seedLarge(preview: Preview): Promise<number> {
  const db = openDatabase(preview.dbPath)
  const { meetingIds } = generateTenYears(db, 7, LARGE_SIZE)
  db.close()
  await preview.restart()
  return meetingIds.at(-1) ?? 0
}
