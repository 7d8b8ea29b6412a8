import { describe, expect, it } from 'vitest'
import { defaultAddedStatus } from '../../../shared/meetings/added-status'

describe('the status of a person added to a meeting', () => {
  it('is « présent » at a meeting held today or before, « invité » to one to come', () => {
    const today = '2026-12-01'
    expect(defaultAddedStatus([{ date: '2020-07-15' }], today)).toBe('present')
    expect(defaultAddedStatus([{ date: '2026-12-01' }], today)).toBe('present')
    // Over several dates, the meeting has begun once its first day has come.
    expect(defaultAddedStatus([{ date: '2026-12-03' }, { date: '2026-11-30' }], today)).toBe('present')
    expect(defaultAddedStatus([{ date: '2026-12-02' }], today)).toBe('invite')
    expect(defaultAddedStatus([], today)).toBe('invite')
  })
})
