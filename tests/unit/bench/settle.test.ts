import { describe, expect, it } from 'vitest'
import { busyShare, parseCpuLine } from '../../../main/bench/settle'

describe('settled machine before a side-by-side measure', () => {
  it('reads busy and total ticks from the cpu line of /proc/stat, idle and iowait not busy', () => {
    const stat = 'cpu  100 5 50 800 40 3 2 0 0 0\ncpu0 50 2 25 400 20 1 1 0 0 0\nintr 1 2 3\n'
    expect(parseCpuLine(stat)).toEqual({ busy: 160, total: 1000 })
  })

  it('gives nothing for a file without a cpu line', () => {
    expect(parseCpuLine('intr 1 2 3\n')).toBeUndefined()
    expect(parseCpuLine('cpu  a b c d\n')).toBeUndefined()
  })

  it('gives the busy share of the machine between two readings', () => {
    expect(busyShare({ busy: 160, total: 1000 }, { busy: 210, total: 1200 })).toBeCloseTo(0.25)
    expect(busyShare({ busy: 160, total: 1000 }, { busy: 160, total: 1000 })).toBe(0)
  })
})
