/**
 * Plans for the plan-screen tests, with real titles from the 2018-2020 national action plan
 * (../shared/reference/001_…excerpt.txt). `seedSmallPlan` keeps its numbers in the returned
 * description so that the test computes the expected percentages on its own.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract'
import { invoke } from './api'
import type { Preview } from './preview'

/** A typed call to the running preview's API. */
export type Call = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>

/** Seeding goes through the real API (tests/e2e/api.ts), with the same validation as the interface. */
export function apiOf(preview: Pick<Preview, 'url'>): Call {
  return (channel, input) => invoke(preview as Preview, channel, input)
}

export interface SeededActivity {
  id: number
  number: number
  weight: number
  /** Latest reported progress, 0 when none. */
  percent: number
}
export interface SeededEngagement {
  id: number
  number: number
  title: string
  activities: SeededActivity[]
}
export interface SeededAxis {
  title: string
  engagements: SeededEngagement[]
}
export interface SmallPlan {
  planId: number
  meetings: { july: number; october: number }
  axes: SeededAxis[]
}

const DRA = 'Département de la Réforme de l’Administration'
const INPPLC = 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption'

async function meeting(call: Call, committeeId: number, date: string): Promise<number> {
  const m = await call('meetings/create', {
    committeeId,
    header: { title: 'Réunion du Comité de pilotage', kind: 'ordinaire', mode: 'distance', dates: [{ date }] },
  })
  return m.id
}

/**
 * Two axes, three engagements, six weighted activities; progress reported at the July meeting
 * and the October one; replans: one activity twice, one cancelled, one « pas de visibilité ».
 */
export async function seedSmallPlan(call: Call): Promise<SmallPlan> {
  const committee = await call('committees/save', { name: 'Comité de pilotage du Gouvernement Ouvert', acronym: 'COPIL' })
  const july = await meeting(call, committee.id, '2020-07-15')
  const october = await meeting(call, committee.id, '2020-10-14')
  const plan = await call('plans/save', { title: 'Plan d’action national 2018-2020', periodLabel: '2018-2020', committeeId: committee.id })
  const access = await call('axes/save', { planId: plan.id, title: 'Accès à l’information' })
  const integrity = await call('axes/save', { planId: plan.id, title: 'Intégrité et lutte contre la corruption' })

  const engagement = async (axisId: number, number: number, title: string, responsibleText: string) => {
    const e = await call('engagements/save', { axisId, number, title, responsibleText })
    return { id: e.id, number, title, activities: [] as SeededActivity[] }
  }
  const activity = async (e: SeededEngagement, number: number, title: string, weight: number, baselineText: string) => {
    const a = await call('activities/save', { engagementId: e.id, number, title, weight, baselineText })
    const seeded = { id: a.id, number, weight, percent: 0 }
    e.activities.push(seeded)
    return seeded
  }
  const report = async (a: SeededActivity, meetingId: number, percent: number) => {
    await call('progress/report', { activityId: a.id, meetingId, percent })
    a.percent = percent
  }

  const e1 = await engagement(access.id, 1, 'Sensibilisation de l’opinion publique sur le droit d’accès à l’information', DRA)
  const e1a1 = await activity(e1, 1, 'Elaboration d’un plan de communication autour de la loi sur le droit d’accès à l’information', 2, 'octobre-décembre 2018')
  const e1a2 = await activity(e1, 2, 'Mise en œuvre du plan de communication', 1, 'janvier-juin 2019')
  const e6 = await engagement(access.id, 6, 'Mise en place du portail de la transparence', DRA)
  const e6a1 = await activity(e6, 1, 'Développement et mise en ligne du portail de la transparence', 1, 'septembre 2019')
  const e6a2 = await activity(e6, 2, 'Publication des documents relevant de la publication proactive', 3, 'fin juillet 2020')
  const e7 = await engagement(integrity.id, 7, 'Mise en place d’un portail d’intégrité', INPPLC)
  const e7a1 = await activity(e7, 1, 'Conception du portail national de l’intégrité', 1, '2e semaine de septembre 2020')
  const e7a2 = await activity(e7, 2, 'Lancement du portail et communication au grand public', 1, 'décembre 2020')

  await report(e1a1, july, 100)
  await report(e1a2, july, 40)
  await report(e6a1, july, 100)
  await report(e6a2, july, 10)
  await report(e6a2, october, 20)
  await report(e7a2, october, 30)
  void e7a1

  await call('replans/create', { activityId: e6a2.id, meetingId: july, newText: 'fin septembre 2020', reason: 'Validation des contenus par les départements retardée.' })
  await call('replans/create', { activityId: e6a2.id, meetingId: october, newText: 'novembre 2020', reason: 'Attente de l’hébergement du portail.' })
  await call('replans/create', { activityId: e1a2.id, meetingId: october, newText: 'annulée', kind: 'annulee', reason: 'Remplacée par la campagne nationale de sensibilisation.' })
  await call('replans/create', { activityId: e7a1.id, meetingId: october, newText: 'pas de visibilité pour les dates', kind: 'sans_visibilite', reason: 'Dépend du recrutement du prestataire.' })

  return {
    planId: plan.id,
    meetings: { july, october },
    axes: [
      { title: access.title, engagements: [e1, e6] },
      { title: integrity.title, engagements: [e7] },
    ],
  }
}

/**
 * The built-in example (18 engagements, the meeting of 15 July 2020) followed by two more
 * meetings with reports and replans, so that histories and slips look like a plan in its third year.
 */
export async function seedRichPlan(call: Call): Promise<{ planId: number; engagementIds: Map<number, number>; meetings: number[] }> {
  const demo = await call('demo/load', {})
  const overview = await call('plans/overview', { planId: demo.planId })
  const engagementIds = new Map<number, number>()
  for (const axis of overview.axes) for (const e of axis.engagements) engagementIds.set(e.number, e.id)
  const committeeId = overview.plan.committeeId ?? 1
  const october = await meeting(call, committeeId, '2020-10-14')
  const january = await meeting(call, committeeId, '2021-01-20')

  const activitiesOf = async (number: number) => (await call('engagements/get', { id: engagementIds.get(number) ?? 0 })).activities
  const declare = (number: number, meetingId: number, percent: number, narrative: string, replanning: string) =>
    call('meetingPlan/saveEngagement', { meetingId, engagementId: engagementIds.get(number) ?? 0, percent, narrative, replanning })

  // Engagement 9 (IDARATI): the two pilot sites slip twice.
  const e9 = await activitiesOf(9)
  for (const a of e9.slice(0, 2)) {
    await call('meetingPlan/replanActivity', { meetingId: october, activityId: a.id, text: 'décembre 2020', reason: 'Livraison du mobilier retardée par le fournisseur.' })
    await call('meetingPlan/replanActivity', { meetingId: january, activityId: a.id, text: 'fin mars 2021', reason: 'Travaux suspendus pendant le confinement sanitaire.' })
  }
  for (const a of e9) await call('progress/report', { activityId: a.id, meetingId: october, percent: 70 })
  await call('progress/report', { activityId: e9[0]?.id ?? 0, meetingId: january, percent: 95 })
  await call('progress/report', { activityId: e9[1]?.id ?? 0, meetingId: january, percent: 80 })
  await declare(9, january, 90, 'Site pilote de Rabat opérationnel ; El Jadida en cours d’équipement.', 'Réception définitive des deux sites : fin mars 2021')

  // Engagement 7 (portail d'intégrité) progresses slowly, with one more replan.
  await declare(7, october, 35, 'Cahier des charges validé, marché en cours d’attribution.', 'Lancement du portail : 1er trimestre 2021')
  await declare(7, january, 52, 'Prestataire retenu, développement engagé.', 'Mise en ligne : juin 2021')
  const e7 = await activitiesOf(7)
  if (e7[0]) await call('meetingPlan/replanActivity', { meetingId: january, activityId: e7[0].id, text: 'juin 2021', reason: 'Attribution du marché plus longue que prévu.' })

  // Engagement 3 (archives): a training moved twice.
  const e3 = await activitiesOf(3)
  const training = e3.find((a) => a.current.text.includes('octobre'))
  if (training) {
    await call('meetingPlan/replanActivity', { meetingId: october, activityId: training.id, text: '2e semaine de décembre 2020', reason: 'Formation reportée : salle indisponible.' })
    await call('meetingPlan/replanActivity', { meetingId: january, activityId: training.id, text: 'février 2021', reason: 'Formation à distance à organiser.' })
  }
  await declare(3, october, 78, 'Diagnostic finalisé dans 4 départements sur 7.', 'Formation des formateurs : décembre 2020')
  await declare(3, january, 85, 'Diagnostic finalisé dans 6 départements sur 7.', 'Formation des formateurs : février 2021')
  await declare(18, october, 55, 'Campagne digitale lancée.', 'Spots radio : novembre 2020')
  await declare(18, january, 64, 'Spots radio diffusés.', 'Bilan de la campagne : mars 2021')
  return { planId: demo.planId, engagementIds, meetings: [october, january] }
}
