/**
 * PDFs whose content flows over pages: a large meeting (60 participants, 40 decisions, 18
 * engagements), an empty relevé, an engagement taller than a page, a very long discussion.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { common } from '../../../shared/i18n/fr/common'
import { exportStrings } from '../../../shared/i18n/fr/export'
import { progressLabel } from '../../../main/exports/pdf/engagements'
import { splitDecision } from '../../../main/exports/pdf/sections'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { largeReleve } from '../../fixtures/releve-large'
import {
  findInOrder,
  hasPoppler,
  normalize,
  overlappingWords,
  pageTexts,
  pdfInfo,
  pdfSource,
  pdfText,
  renderPng,
  wordBoxes,
} from '../../helpers/pdf'
import { listed, pageNumbers, pdfFolder, personLine, seen } from '../../helpers/releve-pdf'

const { writePdf } = pdfFolder()

/** The large fixture, with a marker on the first and last line of each engagement's cells. */
function markedLarge(): ReleveDocument {
  const r = largeReleve()
  return {
    ...r,
    engagements: r.engagements.map((e) => ({
      ...e,
      narrative: `Ouverture E${e.number}.\n${e.narrative}\nClôture E${e.number}.`,
      replanning: [...e.replanning, `Planification R${e.number} close`],
    })),
  }
}

describe.skipIf(!hasPoppler)('PDF of a large meeting (60 participants, 40 decisions, 18 engagements)', () => {
  const releve = markedLarge()
  let file = ''
  let pages: string[] = []

  beforeAll(async () => {
    file = await writePdf(releve, 'releve-large')
    pages = pageTexts(file).map(normalize)
    renderPng(file, 1, 'releve-large-page-1')
    renderPng(file, Math.ceil(pages.length / 2), 'releve-large-page-middle')
  })

  it('flows over many pages, each numbered, the last « Page n / n »', () => {
    expect(pages.length).toBeGreaterThan(10)
    expect(Number(pdfInfo(file).Pages)).toBe(pages.length)
    pageNumbers(pages).forEach((n, i) => expect(n).toEqual({ page: i + 1, of: pages.length }))
  })

  it('writes the dates and the hybrid place in French', () => {
    const first = pages[0] ?? ''
    expect(first).toContain('Dates des réunions')
    expect(first).toContain(
      'Mardi 25 juillet 2023 de 9 h 30 à 13 h, mercredi 26 juillet 2023 de 9 h 30 à 13 h et mercredi 2 août 2023',
    )
    expect(first).toContain('et par visioconférence (Zoom)')
  })

  it('keeps each engagement whole on one page, under a repeated header row', () => {
    const header = seen(exportStrings.pdf.engagements.columns.replanning)
    for (const e of releve.engagements) {
      const markers = [
        `Ouverture E${e.number}.`,
        `Clôture E${e.number}.`,
        `Planification R${e.number} close`,
        seen(progressLabel(e.progress)),
      ]
      const page = pages.findIndex((p) => p.includes(markers[0] ?? ''))
      expect(page, `engagement ${e.number}`).toBeGreaterThanOrEqual(0)
      for (const m of markers) expect(pages[page], `engagement ${e.number}: ${m}`).toContain(m)
      expect(pages[page], `header on the page of engagement ${e.number}`).toContain(header)
    }
  })

  it('lists present, represented and invited people, then the excused, and no one else', () => {
    const text = normalize(pdfText(file))
    const latin = (p: ReleveDocument['participants'][number]) =>
      !/[\u0600-\u06FF\u{1F000}-\u{1FFFF}]/u.test(personLine(p))
    for (const p of listed(releve).filter(latin)) expect(text).toContain(seen(personLine(p)))
    const excusedAt = text.indexOf(seen(exportStrings.pdf.sections.excused))
    expect(excusedAt).toBeGreaterThan(0)
    for (const p of releve.participants.filter((x) => x.status === 'excuse').filter(latin)) {
      expect(text.indexOf(seen(personLine(p)), excusedAt)).toBeGreaterThan(excusedAt)
    }
    const invited = releve.participants.find((p) => p.status === 'invite' && latin(p))
    expect(invited && text.includes(seen(personLine(invited)))).toBe(true)
    expect(invited && personLine(invited)).toMatch(/\(invitée?\)$/u)
    for (const p of releve.participants.filter((x) => x.status === 'absent' || x.status === 'a_confirmer')) {
      // The same name may be listed under another status: look for the exact line only.
      const line = seen(personLine(p))
      const same = listed(releve)
        .concat(releve.participants.filter((x) => x.status === 'excuse'))
        .some((x) => seen(personLine(x)) === line)
      if (!same) expect(text).not.toContain(line)
    }
  })

  it('numbers the 40 decisions from 1 to 40', () => {
    const text = normalize(pdfText(file))
    const at = text.indexOf(seen(exportStrings.pdf.sections.decisions))
    const numbers = Array.from({ length: 40 }, (_, i) => `${i + 1}. `)
    expect(findInOrder(text.slice(at), numbers).missing).toBeUndefined()
    const all = releve.agenda.flatMap((a) => a.decisions)
    expect(all).toHaveLength(40)
    expect(text).toContain(`40. ${seen(splitDecision(String(all[39] ?? '')).main)}`)
  })

  it('never leaves a heading alone at the bottom of a page', () => {
    const headings = [
      ...Object.values(exportStrings.pdf.sections),
      ...Object.values(common.sidesPlural),
      exportStrings.pdf.engagements.caption,
      ...releve.agenda.map((a) => a.title),
    ].map(seen)
    const footer = /Page \d+ \/ \d+\s*$/u
    pageTexts(file).forEach((page, i) => {
      const lines = page
        .split('\n')
        .map(normalize)
        .filter((l) => l && !footer.test(l))
      const last = lines[lines.length - 1] ?? ''
      for (const h of headings) {
        // The last line of the page must not be (the end of) a heading.
        const tail = h.slice(-Math.min(h.length, 24))
        if (h.length > 3)
          expect(last.endsWith(tail) && !last.includes('.'), `page ${i + 1} ends with heading « ${h} »`).toBe(false)
      }
    })
  })

  it('never lets two words overlap', () => {
    wordBoxes(file).forEach((words, i) => expect(overlappingWords(words), `page ${i + 1}`).toEqual([]))
  })

  it('renders as a draft too, watermark on every page', async () => {
    const draft = await writePdf({ ...releve, adopted: false }, 'large-draft')
    const draftPages = pageTexts(draft)
    expect(draftPages.length).toBe(pages.length)
    for (const p of draftPages) expect(p).toContain('PROJET')
    // The watermark's outline is written once, as a form XObject that every page draws.
    const source = pdfSource(draft)
    expect(source.match(/\/Subtype \/Form/gu)?.length).toBe(1)
    expect(source.match(/\/Wm1 \d+ 0 R/gu)?.length).toBe(draftPages.length)
    expect(pdfSource(file).match(/\/Subtype \/Form/gu)).toBeNull()
  })
})

describe.skipIf(!hasPoppler)('PDF of unusual relevés', () => {
  it('renders an empty relevé on one page', async () => {
    const file = await writePdf(
      { ...releve20200715, participants: [], agenda: [], engagements: [], nextSteps: [] },
      'empty',
    )
    const pages = pageTexts(file)
    expect(pages).toHaveLength(1)
    expect(normalize(pages[0] ?? '')).toContain(exportStrings.pdf.participants.none)
  })

  it('continues an engagement taller than a page on the next page, « (suite) », without clipping', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => `Ligne ${i + 1} du compte rendu de l’engagement.`)
    const tall = { ...releve20200715.engagements[2]!, narrative: lines.join('\n') }
    const file = await writePdf({ ...releve20200715, engagements: [tall] }, 'tall-engagement')
    const text = normalize(pdfText(file, { mode: 'raw' }))
    for (const line of lines) expect(text).toContain(seen(line))
    expect(text).toContain('3 (suite)')
    wordBoxes(file).forEach((words, i) => expect(overlappingWords(words), `page ${i + 1}`).toEqual([]))
  })

  it('flows a very long discussion across pages', async () => {
    const long = String(largeReleve().agenda[0]?.decisions[0] ?? '')
    const agenda = releve20200715.agenda.map((a, i) =>
      i === 1
        ? {
            ...a,
            discussion: {
              type: 'doc' as const,
              content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: long }] }],
            },
          }
        : a,
    )
    const file = await writePdf({ ...releve20200715, agenda }, 'long-discussion')
    expect(normalize(pdfText(file, { mode: 'raw' }))).toContain(seen(long).slice(-200))
    wordBoxes(file).forEach((words, i) => expect(overlappingWords(words), `page ${i + 1}`).toEqual([]))
  })
})
