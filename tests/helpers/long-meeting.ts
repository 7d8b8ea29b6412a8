/**
 * A meeting whose relevé runs to about a hundred pages: the demo meeting, with agenda items whose
 * discussions are written by the bench's seeded generator (varied text, lists, tables), saved
 * through the API like the editor saves them.
 */
import type { StartedApp } from '../../main/bootstrap'
import { buildReleve } from '../../main/services/releve/build-releve'
import { generatedReleve } from '../../main/bench/releve'

/** Blocks of generated discussion that lay out to about a hundred pages with the demo meeting around them. */
export const HUNDRED_PAGES_BLOCKS = 250

/** Loads the demo and adds `blocks` blocks of discussion to its meeting; returns the meeting's id. */
export async function longMeeting(app: StartedApp, blocks = HUNDRED_PAGES_BLOCKS): Promise<number> {
  const demo = await app.dispatcher.dispatch('demo/load', {})
  if (!demo.ok) throw new Error(demo.error.message)
  const meetingId = (demo.value as { meetingId: number }).meetingId
  const generated = generatedReleve(await buildReleve(app.ctx, meetingId), 16, blocks)
  for (const item of generated.agenda) {
    const saved = await app.dispatcher.dispatch('agenda/save', { meetingId, title: item.title, discussion: item.discussion })
    if (!saved.ok) throw new Error(saved.error.message)
  }
  return meetingId
}
