/** Calls through the real dispatcher, and a small directory to build meetings on. */
import { expect } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import type { ApiErrorData } from '../../../shared/api/result'
import type { StartedApp } from '../../../main/bootstrap'

/** Calls a channel and returns its value; fails the test with the French message otherwise. */
export async function call<C extends ChannelName>(
  app: StartedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok)
    throw new Error(
      `${channel} refused: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`,
    )
  return result.value as ChannelOutput<C>
}

/** Calls a channel that must refuse, and returns the error the user would see. */
export async function refuse(app: StartedApp, channel: ChannelName, input: unknown): Promise<ApiErrorData> {
  const result = await app.dispatcher.dispatch(channel, input)
  expect(result.ok, `${channel} should have been refused`).toBe(false)
  if (result.ok) throw new Error('unreachable')
  return result.error
}

/** Two organisations (one per side), a committee and three people, two of them current members. */
export async function seedCommittee(app: StartedApp) {
  const ministere = await call(app, 'organisations/save', {
    name: 'Ministère de la Transition numérique',
    side: 'administration',
    acronym: 'MTN',
  })
  const espace = await call(app, 'organisations/save', { name: 'Espace associatif', side: 'societe_civile' })
  const committee = await call(app, 'committees/save', {
    name: 'COPIL OGP',
    acronym: 'COPIL',
    quorum: { minPresent: 2, minPerSide: 1 },
  })
  const salma = await call(app, 'people/save', {
    civility: 'Mme',
    firstName: 'Salma',
    lastName: 'Bennani',
    organisationId: ministere.id,
  })
  const youssef = await call(app, 'people/save', {
    civility: 'M.',
    firstName: 'Youssef',
    lastName: 'Alaoui',
    organisationId: espace.id,
  })
  const former = await call(app, 'people/save', {
    civility: 'M.',
    firstName: 'Karim',
    lastName: 'Ancien',
    organisationId: espace.id,
  })
  const guest = await call(app, 'people/save', {
    civility: 'Mme',
    firstName: 'Nadia',
    lastName: 'Invitée',
    organisationId: null,
  })
  await call(app, 'memberships/save', {
    committeeId: committee.id,
    personId: salma.id,
    role: 'president',
    startDate: '2019-01-01',
  })
  await call(app, 'memberships/save', { committeeId: committee.id, personId: youssef.id, role: 'titulaire' })
  await call(app, 'memberships/save', {
    committeeId: committee.id,
    personId: former.id,
    role: 'titulaire',
    startDate: '2018-01-01',
    endDate: '2019-12-31',
  })
  return { ministere, espace, committee, salma, youssef, former, guest }
}

/** A meeting header with sensible defaults. */
export function header(
  overrides: Partial<ChannelInput<'meetings/create'>['header']> = {},
): ChannelInput<'meetings/create'>['header'] {
  return {
    title: 'Réunion du comité de pilotage',
    kind: 'ordinaire',
    mode: 'distance',
    dates: [{ date: '2020-07-15', startTime: '10:00', endTime: '12:00' }],
    ...overrides,
  }
}
