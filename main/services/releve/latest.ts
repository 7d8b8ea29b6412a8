import type { AppContext } from '../../context'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { listMeetings } from '../../db/repos/meetings/list'
import { buildReleve } from './build-releve'
import type { LiveServices } from '../live'

/** The relevé of the newest meeting, or undefined without meetings (the PDF warm-up renders it). */
export async function latestMeetingReleve(ctx: AppContext): Promise<ReleveDocument | undefined> {
  const [latest] = listMeetings(ctx.db, { limit: 1 }).meetings
  return latest ? buildReleve(ctx, latest.id) : undefined
}

/** The same from the running services; undefined while the recovery screen is up. */
export function latestReleveOf(services: LiveServices): () => Promise<ReleveDocument | undefined> {
  return async () => {
    const started = services.current()
    return started ? latestMeetingReleve(started.ctx) : undefined
  }
}
