/** Earlier versions stay readable, and what changed between two of them is shown per section. */
import type { AppContext } from '../../context'
import type { Db } from '../../db/connection'
import type { ReleveVersionDetail } from '../../../shared/domain/lifecycle'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { notFound } from '../../db/repos/common'
import { getMeetingLifecycleRow, getVersion } from '../../db/repos/lifecycle/lifecycle'
import { parseCanonical, releveContent, type ReleveContent } from '../../../shared/lifecycle/canonical'
import { diffReleves, sectionLines, type SectionDiff } from '../../../shared/lifecycle/diff'
import { buildLiveReleve } from '../releve/build-releve'

function versionContent(db: Db, meetingId: number, version: number): { summary: ReturnType<typeof getVersion>; content: ReleveContent } {
  if (!getMeetingLifecycleRow(db, meetingId)) throw notFound('meeting', 'meetingId')
  const summary = getVersion(db, meetingId, version)
  const parsed = summary && parseCanonical(summary.canonical)
  if (!summary || !parsed) {
    const message = t('lifecycle.errors.versionNotFound', { version })
    throw new AppError('NOT_FOUND', message, { version: message })
  }
  return { summary, content: parsed.releve }
}

/** One adopted version with its content as plain-text lines per section. */
export function readVersion(db: Db, meetingId: number, version: number): ReleveVersionDetail {
  const { summary, content } = versionContent(db, meetingId, version)
  const { canonical: _canonical, ...rest } = summary as NonNullable<typeof summary>
  return { ...rest, sections: sectionLines(content) }
}

/** What changed from version `from` to version `to`, or to the relevé as it is now when `to` is null. */
export async function diffVersions(ctx: AppContext, meetingId: number, from: number, to: number | null): Promise<SectionDiff[]> {
  const before = versionContent(ctx.db, meetingId, from).content
  const after = to === null ? releveContent(await buildLiveReleve(ctx, meetingId)) : versionContent(ctx.db, meetingId, to).content
  return diffReleves(before, after)
}
