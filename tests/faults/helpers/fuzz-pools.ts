/**
 * Real rows for the API fuzz: the seeded example (plus rows a delete may remove), and, per
 * channel, how its well-typed payloads name rows that exist — an id field draws the ids of its
 * table, a delete draws rows that may be deleted, a reorder draws the real list in a new order,
 * an import sends a real CSV. Without this a well-typed payload would almost never find its row.
 */
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import type { ChannelName } from '../../../shared/api/contract'
import { BackupName } from '../../../shared/api/schemas'
import { ACTION_STATUSES } from '../../../shared/domain/vocabulary'
import { startServices } from '../../../main/bootstrap'
import type { Site } from './zod-arbitrary'
import { WORLD_DB } from './fuzz-world'

/** The table an id field names, by key. */
const TABLE_OF_KEY: Record<string, string> = {
  meetingId: 'meetings',
  previousId: 'meetings',
  personId: 'people',
  responsiblePersonId: 'people',
  committeeId: 'committees',
  organisationId: 'organisations',
  responsibleOrganisationId: 'organisations',
  planId: 'plans',
  axisId: 'axes',
  engagementId: 'engagements',
  activityId: 'activities',
  agendaItemId: 'agenda_items',
  engagementIds: 'engagements',
  actionId: 'next_steps',
  trashId: 'trash',
}

/** The table a channel's own `id` names, by the channel's domain. */
const TABLE_OF_DOMAIN: Record<string, string> = {
  organisations: 'organisations',
  people: 'people',
  committees: 'committees',
  memberships: 'memberships',
  meetings: 'meetings',
  agenda: 'agenda_items',
  decisions: 'decisions',
  nextSteps: 'next_steps',
  plans: 'plans',
  axes: 'axes',
  engagements: 'engagements',
  activities: 'activities',
  progress: 'progress_reports',
  replans: 'replans',
}

/** Rows a delete may remove (nothing depends on them); other rows of the table are tried too. */
const DELETABLE: Partial<Record<ChannelName, string>> = {
  'organisations/delete':
    'SELECT id FROM organisations WHERE id NOT IN (SELECT organisation_id FROM people WHERE organisation_id IS NOT NULL)',
  'people/delete': 'SELECT id FROM people WHERE id NOT IN (SELECT person_id FROM attendance)',
  'committees/delete': 'SELECT id FROM committees WHERE id NOT IN (SELECT committee_id FROM meetings)',
  'axes/delete': 'SELECT id FROM axes WHERE id NOT IN (SELECT axis_id FROM engagements)',
  'engagements/delete':
    'SELECT id FROM engagements WHERE id NOT IN (SELECT engagement_id FROM activities) AND id NOT IN (SELECT engagement_id FROM progress_reports WHERE engagement_id IS NOT NULL)',
  'activities/delete':
    'SELECT id FROM activities WHERE id NOT IN (SELECT activity_id FROM progress_reports WHERE activity_id IS NOT NULL) AND id NOT IN (SELECT activity_id FROM replans)',
  'replans/delete': 'SELECT max(id) FROM replans GROUP BY activity_id',
}

/**
 * Ordered lists and the rows they order: a reorder names every item of its meeting (or plan) once,
 * in `listKey` (default `ids`), by `idColumn` (default `id`).
 */
export const ORDERED: Partial<
  Record<
    ChannelName,
    { table: string; owner: string; ownerTable: string; key: string; listKey?: string; idColumn?: string }
  >
> = {
  'agenda/reorder': { table: 'agenda_items', owner: 'meeting_id', ownerTable: 'meetings', key: 'meetingId' },
  'decisions/reorder': { table: 'decisions', owner: 'meeting_id', ownerTable: 'meetings', key: 'meetingId' },
  'nextSteps/reorder': { table: 'next_steps', owner: 'meeting_id', ownerTable: 'meetings', key: 'meetingId' },
  'axes/reorder': { table: 'axes', owner: 'plan_id', ownerTable: 'plans', key: 'planId' },
  'participants/reorder': {
    table: 'attendance',
    owner: 'meeting_id',
    ownerTable: 'meetings',
    key: 'meetingId',
    listKey: 'personIds',
    idColumn: 'person_id',
  },
}

/** The smallest well-formed PNG (1 × 1), for the logo. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

export interface Pools {
  ids: Record<string, number[]>
  deletable: Partial<Record<ChannelName, number[]>>
  ordered: Partial<Record<ChannelName, { owner: number; ids: number[] }[]>>
  attendance: { meetingId: number; personId: number }[]
  /** Actions and the later meetings of their committee where they may be followed up. */
  followUps: { meetingId: number; actionId: number }[]
  /** Meetings adopted (locked) in the template; the pools above leave them out (see releveOverride). */
  adopted: number[]
  backups: string[]
  /** A file that exists, for files/open and files/reveal. */
  deliveredFile: string
}

/**
 * Loads the example into `dir`/copil.sqlite, adds rows that deletes may remove (an organisation
 * nobody belongs to, a person who never attended, a committee without meetings, an axis without
 * engagements…), takes a backup, and closes the database checkpointed.
 */
export async function seedTemplate(dir: string): Promise<{ meetingId: number; planId: number }> {
  const app = startServices({ dbPath: join(dir, WORLD_DB), dataDir: dir, transport: 'web' })
  const call = async (channel: ChannelName, input: unknown) => {
    const result = await app.dispatcher.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as { id: number; meetingId: number; planId: number }
  }
  try {
    const demo = await call('demo/load', {})
    const committeeId = app.ctx.db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(demo.meetingId)
    for (const i of [1, 2, 3]) {
      await call('organisations/save', { name: `Organisation sans membre ${i}`, side: 'autre' })
      await call('people/save', { civility: 'Mme', lastName: `Sans réunion ${i}`, organisationId: null })
    }
    for (const i of [1, 2]) {
      await call('committees/save', { name: `Comité sans réunion ${i}` })
      const header = {
        title: `Réunion de réserve ${i}`,
        kind: 'ordinaire',
        mode: 'presentiel',
        dates: [{ date: `2020-10-0${i}` }],
      }
      await call('meetings/create', { committeeId, header })
    }
    const plan = await call('plans/save', { title: 'Plan de réserve' })
    const axes = [await call('axes/save', { planId: plan.id, title: 'Axe 1' })]
    for (const title of ['Axe 2', 'Axe 3']) axes.push(await call('axes/save', { planId: plan.id, title }))
    const axisId = (axes[0] as { id: number }).id
    const engagement = await call('engagements/save', { axisId, number: 1, title: 'Engagement avec activités' })
    await call('engagements/save', { axisId, number: 2, title: 'Engagement sans activité' })
    for (const number of [1, 2])
      await call('activities/save', { engagementId: engagement.id, number, title: `Activité ${number}` })
    // Items in the « Corbeille », for history/restore.
    for (const i of [1, 2, 3]) {
      const deleted = await call('organisations/save', { name: `Organisation à la corbeille ${i}`, side: 'autre' })
      await call('organisations/delete', { id: deleted.id })
    }
    // An adopted (locked) meeting, for the relevé's lifecycle channels (version, diff, erratum).
    const adopted = await call('meetings/create', {
      committeeId,
      header: { title: 'Réunion adoptée', kind: 'ordinaire', mode: 'presentiel', dates: [{ date: '2020-11-05' }] },
    })
    await call('releve/adopt', { meetingId: adopted.id })
    await call('backups/create', {})
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    return demo
  } finally {
    app.close()
  }
}

/** Reads the pools from the seeded template (read-only). */
export function readPools(dir: string, deliveredFile: string, backups: string[]): Pools {
  writeFileSync(deliveredFile, 'Relevé de conclusions (fichier livré)\n')
  const db = new Database(join(dir, WORLD_DB), { readonly: true })
  try {
    const column = (query: string) => db.prepare(query).pluck().all() as number[]
    const tables = new Set([...Object.values(TABLE_OF_KEY), ...Object.values(TABLE_OF_DOMAIN)])
    const ids = Object.fromEntries([...tables].map((table) => [table, column(`SELECT id FROM ${table} ORDER BY id`)]))
    // Every write to an adopted meeting is refused (CONFLICT): the common pools name open meetings only.
    const adopted = column('SELECT id FROM meetings WHERE locked = 1')
    ids.meetings = (ids.meetings ?? []).filter((id) => !adopted.includes(id))
    const deletable = Object.fromEntries(Object.entries(DELETABLE).map(([channel, query]) => [channel, column(query)]))
    const ordered = Object.fromEntries(
      Object.entries(ORDERED).map(([channel, o]) => [
        channel,
        column(`SELECT id FROM ${o.ownerTable}${o.ownerTable === 'meetings' ? ' WHERE locked = 0' : ''}`).map((owner) => ({
          owner,
          ids: column(`SELECT ${o.idColumn ?? 'id'} FROM ${o.table} WHERE ${o.owner} = ${owner} ORDER BY position`),
        })),
      ]),
    )
    const attendance = db
      .prepare('SELECT meeting_id AS meetingId, person_id AS personId FROM attendance WHERE meeting_id NOT IN (SELECT id FROM meetings WHERE locked = 1)')
      .all() as Pools['attendance']
    const followUps = db
      .prepare(
        `SELECT m.id AS meetingId, s.id AS actionId FROM next_steps s JOIN meetings o ON o.id = s.meeting_id
           JOIN meetings m ON m.committee_id = o.committee_id AND (m.first_date > o.first_date OR (m.first_date = o.first_date AND m.id > o.id))
          WHERE trim(s.text) <> ''`,
      )
      .all() as Pools['followUps']
    return { ids, deletable, ordered, attendance, followUps, adopted, backups, deliveredFile }
  } finally {
    db.close()
  }
}

/** Mostly rows that exist, now and then an id that names nothing. */
function idFrom(ids: readonly number[]): fc.Arbitrary<number> {
  const missing = fc.integer({ min: Math.max(0, ...ids) + 1, max: Math.max(0, ...ids) + 1_000 })
  return ids.length === 0
    ? missing
    : fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: missing })
}

const csvCell = fc.string({ unit: fc.constantFrom(...'abcdeéèçàôï ABCÉ-’'.split('')), minLength: 1, maxLength: 20 })
/** A people file as Excel saves it (UTF-8, « ; »), rows drawn at random, in base64. */
const peopleCsv = fc
  .array(
    fc.tuple(
      fc.constantFrom('Mme', 'M.', 'Dr'),
      csvCell,
      csvCell,
      csvCell,
      fc.constantFrom('Administration publique', 'Société civile', 'Partenaire', ''),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((rows) => {
    const lines = ['Civilité;Prénom;Nom;Organisation;Collège', ...rows.map((row) => row.join(';'))]
    return {
      fileName: 'personnes.csv',
      contentBase64: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`).toString('base64'),
    }
  })

/** A small plan interchange file (JSON) with a title, axes, engagements and activities drawn at random, in base64. */
const planJson = fc
  .record({
    title: csvCell.filter((title) => title.trim() !== ''),
    axes: fc.array(
      csvCell.filter((title) => title.trim() !== ''),
      { minLength: 1, maxLength: 3 },
    ),
    engagements: fc.array(
      fc.tuple(
        csvCell.filter((title) => title.trim() !== ''),
        csvCell,
        fc.nat({ max: 3 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ title, axes, engagements }) => {
    const file = {
      format: 'copil-plan',
      version: 1,
      plan: { title },
      axes: axes.map((axis, i) => ({ number: i + 1, title: axis })),
      engagements: engagements.map(([engagement, responsible, activities], i) => ({
        number: i + 1,
        axis: (i % axes.length) + 1,
        title: engagement,
        responsible,
        activities: Array.from({ length: activities }, (_, a) => ({
          number: a + 1,
          title: `Activité ${a + 1}`,
          baseline: { text: 'juin 2025' },
        })),
      })),
    }
    return { fileName: 'plan.json', contentBase64: Buffer.from(JSON.stringify(file)).toString('base64') }
  })

/** How a channel's well-typed payloads draw the sites that name real things. */
export function overrideFor(channel: ChannelName, pools: Pools): (site: Site) => fc.Arbitrary<unknown> | undefined {
  const domain = channel.split('/')[0] ?? ''
  const ordered = pools.ordered[channel]
  const deletable = pools.deletable[channel]
  const releve = releveOverride(channel, pools)
  return (site) => releve(site) ?? common(site)
  function common({ key, type, schema, path }: Site): fc.Arbitrary<unknown> | undefined {
    if (path.length === 0 && (channel === 'people/importPreview' || channel === 'people/importCommit')) return peopleCsv
    if (path.length === 0 && (channel === 'plans/importPreview' || channel === 'plans/importCommit')) return planJson
    if (path.length === 0 && channel === 'attendance/remove') return fc.constantFrom(...pools.attendance)
    // An action is followed up at a later meeting of its committee.
    if (path.length === 0 && channel === 'actions/followUp')
      return fc
        .constantFrom(...pools.followUps)
        .chain((pair) =>
          fc.record({ meetingId: fc.constant(pair.meetingId), actionId: fc.constant(pair.actionId), status: fc.constantFrom(...ACTION_STATUSES), note: csvCell }),
        )
    // A pasted participant is someone of the directory, or a new person with a civility and a name.
    if (channel === 'participants/addPasted' && path.length === 2 && path[0] === 'people' && type === 'object')
      return fc.oneof(
        fc.record({ personId: idFrom(pools.ids.people ?? []) }),
        fc.record({
          civility: fc.constantFrom('Mme', 'M.'),
          firstName: csvCell,
          lastName: csvCell.filter((name) => name.trim() !== ''),
          organisationId: fc.option(idFrom(pools.ids.organisations ?? []), { nil: null }),
        }),
      )
    if (path.length === 0 && ordered) {
      const orderedKey = ORDERED[channel]?.key as string
      const listKey = ORDERED[channel]?.listKey ?? 'ids'
      return fc
        .constantFrom(...ordered)
        .chain(({ owner, ids }) =>
          fc
            .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
            .map((shuffled) => ({ [orderedKey]: owner, [listKey]: shuffled })),
        )
    }
    if (schema === (BackupName as unknown))
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pools.backups) },
        { weight: 1, arbitrary: fc.stringMatching(/^copil-2020-07-15T\d{9}Z-manuelle\.sqlite$/) },
      )
    if (key === 'logoBase64' && type === 'string') return fc.constant(PNG_1X1)
    if (key === 'path' && type === 'string' && domain === 'files') return fc.constant(pools.deliveredFile)
    if (type !== 'number' || key === undefined) return undefined
    if (key === 'id' && deletable)
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...deletable) },
        { weight: 1, arbitrary: idFrom(pools.ids[TABLE_OF_DOMAIN[domain] ?? ''] ?? []) },
      )
    const table = key === 'id' ? TABLE_OF_DOMAIN[domain] : TABLE_OF_KEY[key]
    return table ? idFrom(pools.ids[table] ?? []) : undefined
  }
}

/** The smallest PDF file, and the same with a false embedded « relevé »: verify answers both (draft, unknown). */
const PDF_FILES = [
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n',
  '%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Length 2 >>\nstream\n{}\nendstream\nendobj\n%%EOF\n',
].map((text) => Buffer.from(text, 'latin1').toString('base64'))

/**
 * The lifecycle channels: reading a version, a diff or opening an erratum name an adopted meeting
 * and its version 1; adopting names an open one; verifying sends a PDF.
 */
function releveOverride(channel: ChannelName, pools: Pools): (site: Site) => fc.Arbitrary<unknown> | undefined {
  if (!channel.startsWith('releve/')) return () => undefined
  const onAdopted = ['releve/version', 'releve/diff', 'releve/openErratum', 'releve/lifecycle'].includes(channel)
  return ({ key, type }) => {
    if (key === 'contentBase64' && type === 'string') return fc.constantFrom(...PDF_FILES)
    if (type !== 'number') return undefined
    if (key === 'meetingId' && onAdopted) return idFrom(pools.adopted)
    // The example's meeting, approved at the latest open meeting of its committee (created after it).
    const open = pools.ids.meetings ?? []
    if (key === 'meetingId' && open.length > 0) return fc.constant(Math.min(...open))
    if (key === 'atMeetingId' && open.length > 0) {
      const latest = fc.constant(Math.max(...open))
      return channel === 'releve/offerApproval' ? latest : fc.option(latest, { nil: null })
    }
    if (key === 'version' || key === 'from') return fc.constant(1)
    if (key === 'to') return fc.constant(1)
    return undefined
  }
}
