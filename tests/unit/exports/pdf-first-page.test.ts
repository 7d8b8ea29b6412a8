/**
 * What the first page of the PDF says (place, dates, progress, decisions’ sub-points, participants’
 * lines), the logo and letterhead, and the fonts folder.
 */
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderRelevePdf, resolveAssetsDir, setAssetsDir } from '../../../main/exports/pdf/index'
import { progressLabel } from '../../../main/exports/pdf/engagements'
import { datesText, placeText } from '../../../main/exports/pdf/front-page'
import { splitDecision } from '../../../main/exports/pdf/sections'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { hasPoppler, pdfSource, pdfText } from '../../helpers/pdf'
import { pdfFolder, personLine } from '../../helpers/releve-pdf'

const { dir, writePdf } = pdfFolder()

// A 2×2 PNG (red), small enough to inline.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwGMgRQAH+4D/dJQfRoAAAAASUVORK5CYII=',
  'base64',
)

describe('what the first page says', () => {
  const base = { place: 'Rabat, siège du Ministère', videoTool: '' }

  it('writes the place of each kind of meeting', () => {
    expect(placeText({ ...base, mode: 'presentiel' })).toBe('Rabat, siège du Ministère')
    expect(placeText({ ...base, mode: 'distance', place: '' })).toBe('Réunion à distance par visioconférence')
    expect(placeText({ ...base, mode: 'distance', place: '', videoTool: 'Teams' })).toBe(
      'Réunion à distance par visioconférence (Teams)',
    )
    // A remote meeting may still name a place (issue 11 #5): printed, with the mode after it.
    expect(placeText({ ...base, mode: 'distance' })).toBe(
      'Rabat, siège du Ministère — réunion à distance par visioconférence',
    )
    expect(placeText({ ...base, mode: 'distance', videoTool: 'Teams' })).toBe(
      'Rabat, siège du Ministère — réunion à distance par visioconférence (Teams)',
    )
    // A place that already says so is printed as typed, not twice.
    expect(placeText({ ...base, mode: 'distance', place: 'Réunion à distance via la plateforme du Ministère' })).toBe(
      'Réunion à distance via la plateforme du Ministère',
    )
    expect(placeText({ ...base, mode: 'hybride' })).toBe('Rabat, siège du Ministère et par visioconférence')
    expect(placeText({ ...base, mode: 'hybride', videoTool: 'Zoom' })).toBe(
      'Rabat, siège du Ministère et par visioconférence (Zoom)',
    )
    expect(placeText({ place: '', videoTool: '', mode: 'presentiel' })).toBe('Lieu à préciser')
  })

  it('writes the dates in long form with a capital first letter', () => {
    expect(datesText({ dates: [{ date: '2020-07-15' }] })).toBe('Mercredi 15 juillet 2020')
    expect(datesText({ dates: [{ date: '2023-07-25' }, { date: '2023-08-02' }] })).toBe(
      'Mardi 25 juillet et mercredi 2 août 2023',
    )
  })

  it('shows progress as « Avancement 70 % » or « Engagement complété (100 %) »', () => {
    expect(progressLabel(70)).toBe('Avancement 70 %')
    expect(progressLabel(89.6)).toBe('Avancement 90 %')
    expect(progressLabel(100)).toBe('Engagement complété (100 %)')
    expect(progressLabel(null)).toBe('Avancement non communiqué')
  })

  it('splits a decision into its text and its « - » sub-points', () => {
    expect(splitDecision('Collecte (Octobre 2020) :\n- Plateforme\n- Webinaires\n  suite')).toEqual({
      main: 'Collecte (Octobre 2020) :',
      subs: ['Plateforme', 'Webinaires suite'],
    })
  })

  it('writes « représenté(e) par » and « (invité) » after the organisation', () => {
    const p = releve20200715.participants[0]
    if (!p) throw new Error('fixture')
    expect(personLine({ ...p, status: 'represente', representedBy: 'M. Karim ALAOUI' })).toBe(
      'Mme Sarah LAMRANI, Département de la réforme de l’Administration, représentée par M. Karim ALAOUI',
    )
    expect(personLine({ ...p, civility: 'M.', status: 'invite' })).toBe(
      'M. Sarah LAMRANI, Département de la réforme de l’Administration (invité)',
    )
  })

  it('refuses a logo that is not a PNG or JPEG image, in French', async () => {
    await expect(renderRelevePdf({ ...releve20200715, logo: new Uint8Array([1, 2, 3, 4]) })).rejects.toThrow(
      'Le logo doit être une image PNG ou JPEG.',
    )
  })

  it.skipIf(!hasPoppler)('prints the logo and the letterhead on the first page', async () => {
    const file = await writePdf({ ...releve20200715, logo: PNG, letterhead: ['Royaume du Maroc'] }, 'logo')
    expect(pdfText(file, { first: 1, last: 1 })).toContain('Royaume du Maroc')
    expect(pdfSource(file)).toContain('/S /Figure')
    expect(pdfSource(file)).toContain('/Subtype /Image')
  })
})

describe('fonts folder', () => {
  it('finds assets/fonts from the working folder, and says in French when fonts are missing', async () => {
    const assets = resolveAssetsDir()
    expect(assets.endsWith('assets')).toBe(true)
    setAssetsDir(mkdtempSync(join(dir, 'no-fonts-')))
    try {
      await expect(renderRelevePdf(releve20200715)).rejects.toThrow(/Police introuvable/u)
    } finally {
      setAssetsDir(assets)
    }
    expect((await renderRelevePdf(releve20200715)).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
