/** An adopted relevé is printed from its adopted version, never from the tables that may since have moved on. */
import { createHash } from 'node:crypto'
import type { Db } from '../../db/connection'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { parseCanonical } from '../../../shared/lifecycle/canonical'
import { getMeetingLifecycleRow, getVersion, listVersions } from '../../db/repos/lifecycle/lifecycle'
import { getSettings } from '../settings'

/** SHA-256 of the canonical text, as UTF-8, in hexadecimal. */
export function fingerprintOf(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

/**
 * The relevé of a locked meeting as its latest adopted version holds it, with today's letterhead
 * and logo (presentation, not content); undefined when the meeting is not locked.
 * Organisation acronyms, engagement titles or a next step's later follow-up may have changed in
 * the tables since: the adopted PDF still prints, and embeds, exactly what was adopted.
 */
export function adoptedReleve(db: Db, meetingId: number, version?: number): ReleveDocument | undefined {
  const meeting = getMeetingLifecycleRow(db, meetingId)
  if (!meeting) return undefined
  if (version === undefined && !meeting.locked) return undefined
  const number = version ?? listVersions(db, meetingId).at(-1)?.version
  const stored = number === undefined ? undefined : getVersion(db, meetingId, number)
  const parsed = stored && parseCanonical(stored.canonical)
  if (!stored || !parsed) return undefined
  const settings = getSettings(db)
  return {
    ...parsed.releve,
    ...(settings.letterhead.length > 0 ? { letterhead: settings.letterhead } : {}),
    ...(settings.logo ? { logo: settings.logo } : {}),
    adopted: true,
    adoption: { version: stored.version, adoptedOn: stored.adoptedOn, fingerprint: stored.fingerprint, canonical: stored.canonical },
  }
}
