/**
 * Issue 14 #3: the characters a relevé's PDF prints as « � » because none of its fonts has them are
 * told to the user — in the API's result (the editor shows it) and on `copil export`'s stderr, the
 * file still written and the exit code 0 (a warning: a batch export goes on).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { copil } from '../../helpers/cli'
import { ensureBuilt } from '../../helpers/built'
import { call } from '../directory/helpers'

/** The demo meeting set to Arabic, its title holding two characters no font has. */
async function meetingWithEmoji(): Promise<{ app: ReturnType<typeof startTestServices>; meetingId: number }> {
  const app = startTestServices()
  const loaded = await app.dispatcher.dispatch('demo/load', {})
  if (!loaded.ok) throw new Error(loaded.error.message)
  const meetingId = (loaded.value as { meetingId: number }).meetingId
  const meeting = await call(app, 'meetings/get', { id: meetingId })
  await call(app, 'meetings/setLanguage', { id: meetingId, language: 'ar' })
  await call(app, 'meetings/saveHeader', {
    id: meetingId,
    header: {
      title: 'اجتماع اللجنة 👍 📅',
      kind: meeting.kind,
      mode: meeting.mode,
      place: meeting.place,
      videoTool: meeting.videoTool,
      notes: meeting.notes,
      status: meeting.status,
      dates: meeting.dates.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime })),
    },
  })
  return { app, meetingId }
}

describe('the characters a PDF prints as « � »', () => {
  it('are listed in the export’s result, and none for Word', async () => {
    const { app, meetingId } = await meetingWithEmoji()
    const pdf = await call(app, 'exports/releve', { meetingId, format: 'pdf' })
    expect(pdf.unprintable).toEqual(['👍', '📅'])
    const docx = await call(app, 'exports/releve', { meetingId, format: 'docx' })
    expect(docx.unprintable).toEqual([])
  })

  it('are named on copil export’s stderr, the file written and the exit code 0', { timeout: 300_000 }, async () => {
    ensureBuilt()
    const { app, meetingId } = await meetingWithEmoji()
    const dbPath = join(app.dir, 'copil.sqlite')
    app.close()
    const out = join(app.dir, 'releve.pdf')
    const run = copil('export', '--db', dbPath, '--meeting', String(meetingId), '--format', 'pdf', '--out', out)
    expect(run.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(run.stderr).toContain('2 caractères qu’aucune de ses polices ne contient y sont imprimés « � » : « 👍 » (U+1F44D), « 📅 » (U+1F4C5).')
  })
})
