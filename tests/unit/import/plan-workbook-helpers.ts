/** Plan workbooks written by hand, as a secretary would, and a reader with a fixed « today ». */
import ExcelJS from 'exceljs'
import { readPlanBytes, type PlanRead } from '../../../main/import/plan/read-file'

export const HEADERS = [
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

export type Cells = (string | number | Date | null)[]

/** A workbook with the columns of the plan export; percent columns formatted as Copil writes them. */
export async function planWorkbook(
  rows: Cells[],
  options: { headers?: string[]; percentFormat?: boolean; title?: string } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  if (options.title) wb.title = options.title
  const sheet = wb.addWorksheet('Feuil1')
  const headers = options.headers ?? HEADERS
  sheet.addRow(headers)
  for (const cells of rows) {
    const row = sheet.addRow(cells)
    if (options.percentFormat !== false) {
      for (const name of ['Avancement de l’engagement', 'Avancement de l’activité']) {
        const index = headers.indexOf(name)
        if (index >= 0) row.getCell(index + 1).numFmt = '0%'
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export const read = (fileName: string, bytes: Buffer): Promise<PlanRead> =>
  readPlanBytes({ fileName, bytes, today: '2021-03-04' })

export function problemsOf(result: PlanRead): string[] {
  if (result.ok) throw new Error('the file should have been refused')
  return result.problems
}

export const row = (overrides: Partial<Record<(typeof HEADERS)[number], string | number | Date | null>>): Cells =>
  HEADERS.map((h) => (h in overrides ? (overrides[h] ?? null) : (DEFAULT_ROW[h] ?? null)))

export const DEFAULT_ROW: Record<string, string | number> = {
  Axe: 'Transparence',
  'Eng. n°': 1,
  Engagement: 'Droit d’accès à l’information',
  'Organisme responsable': 'Ministère de la Réforme',
  'Act. n°': 1,
  Activité: 'Publier le guide',
  Poids: 1,
}
