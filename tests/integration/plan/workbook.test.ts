import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { startTestServices } from '../../helpers/services'
import { buildPlan, call } from './helpers'

const HEADERS = [
  'Axe',
  'Eng. n°',
  'Engagement',
  'Organisme responsable',
  'Avancement de l’engagement',
  'Act. n°',
  'Activité',
  'Poids',
  'Avancement de l’activité',
  'Niveau',
  'Planification initiale',
  'Planification actuelle',
  'Replanifications',
  'Glissement (jours)',
  'Dernier état d’avancement',
]

describe('plan follow-up workbook', () => {
  it('has one printable row per activity, values only, and formula-like text kept as inert text', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [
      [[{ baseline: 'juin 2020', weight: 1.5 }, { title: '=HYPERLINK("http://exemple.invalid","clic")', baseline: 'plus tard' }]],
      [[{}], [{ title: '+33 formation', baseline: '4e trimestre 2020' }]],
    ])
    const [a1, a2] = built.axes[0]!.engagements[0]!.activities
    await call(app, 'progress/report', { activityId: a1!, date: '2020-07-15', percent: 59.6, narrative: '-- en attente des départements' })
    await call(app, 'replans/create', { activityId: a1!, date: '2020-07-15', newText: '19-27 octobre 2020' })
    await call(app, 'progress/report', { activityId: a2!, date: '2020-07-15', percent: 100 })

    const delivery = await call(app, 'plans/exportXlsx', { planId: built.planId, asOf: { date: '2020-12-31' } })
    if (delivery.kind !== 'download') throw new Error('the preview delivers by download')
    expect(delivery.fileName).toBe('suivi-plan-plan-d-action-national-2018-2020-2020-12-31.xlsx')
    const bytes = app.downloads.take(delivery.id)?.content ?? Buffer.alloc(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('Suivi du plan')!
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS])
    expect(sheet.rowCount).toBe(1 + 4)
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(row(2)).toEqual([
      'Axe 1',
      1,
      'Engagement 1',
      'Département de la réforme de l’Administration',
      // (59.6 × 1.5 + 100 × 1) / 2.5 = 75.76 → 76 %
      0.76,
      1,
      'Activité 1.1',
      1.5,
      // 59.6 is « Limité »: shown as 59 %, never 60 % beside « Limité ».
      0.59,
      'Limité',
      'juin 2020',
      '19-27 octobre 2020',
      1,
      119,
      '-- en attente des départements',
    ])
    expect(row(3).slice(6, 13)).toEqual(['=HYPERLINK("http://exemple.invalid","clic")', 1, 1, 'Terminé', 'plus tard (à préciser)', 'plus tard (à préciser)', 0])
    // No slip without dated periods: the cell stays empty.
    expect(sheet.getCell('N3').value).toBeNull()
    expect(row(5)[6]).toBe('+33 formation')

    // No formula anywhere, and the formula-like cells are text with the text format.
    sheet.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))
    expect(sheet.getCell('G3').numFmt).toBe('@')
    const zip = await JSZip.loadAsync(bytes)
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    expect(sheetXml).not.toContain('<f>')
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('quotePrefix="1"')

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBe('A1:O5')
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' })
    expect(sheet.headerFooter.oddFooter).toContain('Plan d’action national 2018-2020')
  })

  it('refuses an unknown plan in French', async () => {
    const app = startTestServices()
    const result = await app.dispatcher.dispatch('plans/exportXlsx', { planId: 42 })
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Plan d’action introuvable.' } })
  })
})
