/**
 * Issue 14 #2: the due periods of the next steps and of the previous actions follow the relevé's
 * language. The secretariat types them in French (« fin mars 2021 », « T2 2021 »); an Arabic relevé
 * prints them in Arabic, with the Moroccan month names, in the PDF, the Word file and the workbook,
 * read back from each file. A French relevé keeps them in French.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StartedApp } from '../../../main/bootstrap'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import { docxText } from '../../helpers/docx'
import { hasPoppler, normalize, renderPng, wordBoxes } from '../../helpers/pdf'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { workbookText } from '../../helpers/xlsx'

async function call<C extends ChannelName>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/** The example meeting, the next one with two new next steps and the example's open actions to follow up. */
async function nextMeeting(language: 'fr' | 'ar'): Promise<{ app: StartedApp; id: number }> {
  const app = startTestServices()
  const { meetingId } = await call(app, 'demo/load', {})
  const next = await call(app, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2020-10-07' }] })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'إعداد مشروع خطة العمل الثانية', dueText: 'fin mars 2021' })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'تنظيم ورشات التشاور الجهوية', dueText: 'T2 2021' })
  await call(app, 'nextSteps/save', { meetingId: next.id, text: 'نشر التقرير', dueText: 'après validation du ministre' })
  if (language === 'ar') await call(app, 'meetings/setLanguage', { id: next.id, language: 'ar' })
  return { app, id: next.id }
}

async function exported(app: StartedApp, meetingId: number, format: 'pdf' | 'docx' | 'xlsx'): Promise<Buffer> {
  const { id } = (await call(app, 'exports/releve', { meetingId, format })) as { id: string }
  const file = app.downloads.take(id)
  if (!file) throw new Error('no file')
  return file.content
}

function pdfWords(bytes: Buffer, name: string): string {
  const file = join(tempDir(), `${name}.pdf`)
  writeFileSync(file, bytes)
  const pages = wordBoxes(file)
  // The last page holds the next steps: rendered to test-results/pdf/ to be looked at.
  renderPng(file, pages.length, name, 70)
  return normalize(pages.flat().map((w) => w.text).join(' '))
}

async function texts(language: 'fr' | 'ar'): Promise<Record<'pdf' | 'docx' | 'xlsx', string>> {
  const { app, id } = await nextMeeting(language)
  try {
    return {
      pdf: pdfWords(await exported(app, id, 'pdf'), `due-periods-${language}`),
      docx: normalize(await docxText(await exported(app, id, 'docx'))),
      xlsx: normalize(await workbookText(await exported(app, id, 'xlsx'))),
    }
  } finally {
    app.close()
  }
}

// Next steps of the new meeting, then the example's actions followed up (« fin Septembre 2020 », « 2ème semaine de septembre 2020 »).
const ARABIC = ['نهاية مارس 2021', 'الفصل الثاني من سنة 2021', 'نهاية شتنبر 2020', 'الأسبوع الثاني من شتنبر 2020']
const FRENCH = ['fin mars 2021', '2e trimestre 2021', 'fin septembre 2020', '2e semaine de septembre 2020']

describe.runIf(hasPoppler)('due periods in the relevé’s language', () => {
  it('prints them in Arabic in the PDF, the Word file and the workbook of an Arabic relevé, a text that is no period as typed', async () => {
    const files = await texts('ar')
    for (const [format, text] of Object.entries(files)) {
      for (const period of ARABIC) expect(text, `${format}: ${period}`).toContain(period)
      for (const period of [...FRENCH, 'trimestre', 'septembre']) expect(text, `${format}: ${period}`).not.toContain(period)
      expect(text, format).toContain('après validation du ministre')
    }
  })

  it('keeps them in French in a French relevé', async () => {
    const files = await texts('fr')
    for (const [format, text] of Object.entries(files)) {
      for (const period of FRENCH) expect(text, `${format}: ${period}`).toContain(period)
      for (const period of ARABIC) expect(text, `${format}: ${period}`).not.toContain(period)
    }
  })
})
