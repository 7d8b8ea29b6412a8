import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { call, header, refuse } from '../directory/helpers'

describe('search/query', () => {
  it('finds a decision saved through the app at once, with the words marked as written', async () => {
    const app = startTestServices()
    const committee = await call(app, 'committees/save', { name: 'COPIL OGP' })
    const meeting = await call(app, 'meetings/create', {
      committeeId: committee.id,
      header: header({ title: 'Réunion du COPIL' }),
    })
    const decision = await call(app, 'decisions/save', {
      meetingId: meeting.id,
      text: 'Rattraper le retard accumulé pendant la période de confinement.',
    })
    const found = await call(app, 'search/query', { query: 'PERIODE de confinem' })
    expect(found.groups.map((g) => g.kind)).toEqual(['decision'])
    const hit = found.groups[0]?.hits[0]
    expect(hit).toMatchObject({
      kind: 'decision',
      id: decision.id,
      title: 'Réunion du COPIL',
      context: 'mercredi 15 juillet 2020',
      target: { screen: 'meeting', meetingId: meeting.id, section: 'decisions', itemId: decision.id },
    })
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['période', 'de', 'confinement'])

    await call(app, 'decisions/save', { id: decision.id, meetingId: meeting.id, text: 'Adopter le relevé.' })
    expect((await call(app, 'search/query', { query: 'confinement' })).groups).toEqual([])
  })

  it('returns nothing for a query without words, and refuses bad input in French', async () => {
    const app = startTestServices()
    expect(await call(app, 'search/query', { query: ' ; — ' })).toEqual({ words: [], groups: [] })
    const tooLong = await refuse(app, 'search/query', { query: 'x'.repeat(1_001) })
    expect(tooLong.code).toBe('INVALID_INPUT')
    expect(tooLong.message).toMatch(/trop long/i)
    const badKind = await refuse(app, 'search/query', { query: 'x', kinds: ['reunion'] })
    expect(badKind.code).toBe('INVALID_INPUT')
    expect(badKind.message).not.toMatch(/[Ii]nvalid (option|enum)/)
  })
})
