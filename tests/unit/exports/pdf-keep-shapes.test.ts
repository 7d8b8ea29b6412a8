/**
 * The PDF writer keeps live instances of its short-lived objects between exports
 * (main/exports/pdf/keep-shapes.ts), so that a full GC does not deoptimise its code; and an export
 * after a full GC writes the same file as before it.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { renderRelevePdf } from '../../../main/exports/pdf'
import { keptShapes, type ShapeKind } from '../../../main/exports/pdf/keep-shapes'
import { warmUpReleve } from '../../../main/exports/warm-releve'

const now = new Date('2020-07-20T10:00:00Z')

/** V8's `gc()`, exposed at run time; undefined if this Node refuses the flag. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

const KINDS: ShapeKind[] = [
  'lineBreaker',
  'brokenParagraph',
  'laidLines',
  'textObject',
  'structElement',
  'structContent',
  'glyphRun',
  'shapingPlan',
  'glyphInfos',
]

describe('shapes kept between PDF exports', () => {
  it('holds instances of every kind after an export, through a full GC', async () => {
    await renderRelevePdf(warmUpReleve(0), { now })
    for (const kind of KINDS) {
      const kept = keptShapes(kind).filter((x) => x != null)
      expect(kept.length, kind).toBeGreaterThan(0)
    }
    const before = KINDS.map((kind) => keptShapes(kind))
    const gc = exposedGc()
    // Without gc() (a Node refusing --expose-gc at run time), the instances are still checked held.
    gc?.()
    KINDS.forEach((kind, i) => {
      const after = keptShapes(kind)
      expect(after, kind).toHaveLength(before[i]?.length ?? -1)
      after.forEach((x, j) => expect(x, kind).toBe(before[i]?.[j]))
    })
  }, 60_000)

  it('writes the same bytes after a full GC as before it', async (t) => {
    const gc = exposedGc()
    if (gc === undefined) {
      t.skip('this Node does not expose gc() at run time (v8.setFlagsFromString --expose-gc)')
      return
    }
    const releve = warmUpReleve(3)
    const first = await renderRelevePdf(structuredClone(releve), { now })
    gc()
    const second = await renderRelevePdf(structuredClone(releve), { now })
    expect(second.equals(first)).toBe(true)
  }, 60_000)
})
