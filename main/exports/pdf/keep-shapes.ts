/**
 * Keeps, for the life of the process, a few live instances of each short-lived object the PDF
 * writer's optimised code depends on, so that a full garbage collection does not throw that code
 * away.
 *
 * Why: V8's optimised code embeds the hidden classes (maps) of the objects it handles. A map
 * reached by adding properties (a class's fields set in its constructor, `{ ...run, start }`) is
 * held only weakly by the map it came from; the maps optimised code uses are normally kept a while
 * longer (`--retain-maps-for-n-gc`), but not by a GC that reduces memory — the one V8's memory
 * reducer runs when the app goes idle, or a low-memory notification. Such a GC, between two
 * exports, finds no instance of a line breaker, a text object, a placed run… the maps die, and
 * every function optimised against them is deoptimised (`--trace-deopt`: « weak objects »): the
 * next export ran about 1.8× slower while V8 optimised it all again. One live instance of a map
 * keeps it, so these slots keep the last instances the export made (real ones: a fabricated
 * instance could take another path of fields and have another map).
 *
 * Each kind keeps a ring of its last few instances, since a kind has several maps (a run with or
 * without a colour, a structure element's dictionary with or without a page) and the code is
 * optimised for all of those it saw. The rings are refreshed by every export, the idle warm-up's
 * included (main/exports/warm.ts), by one-expression hooks where the objects are made: text/break.ts
 * (line breaker, broken paragraph), text/paragraph.ts (laid lines), text/write.ts (text object),
 * layout.ts (structure elements), text-metrics.ts (fontkit's glyph run), and `keepLibraryShapes`
 * for what only pdfkit and fontkit hold. What is kept is small: a few paragraphs, and the last
 * document, which holds nearly nothing once its PDF is written (index.ts lets its chunks go).
 * Instances kept from the warm-up only (never refreshed) kept most of the deoptimisations away
 * too; refreshed, the kept maps are surely those of the current code's objects.
 */

/** The kinds kept, one ring each. */
export type ShapeKind =
  | 'lineBreaker'
  | 'brokenParagraph'
  | 'laidLines'
  | 'textObject'
  | 'structElement'
  | 'structContent'
  | 'glyphRun'
  | 'shapingPlan'
  | 'glyphInfos'

/** Instances kept per kind: enough for the few maps a kind has in the writer. */
const RING = 8

interface Ring {
  items: unknown[]
  next: number
}

const rings = new Map<ShapeKind, Ring>()

/** Keeps `instance` as one of the last of its kind; returns it (a hook is one expression). */
export function keepShape<T>(kind: ShapeKind, instance: T): T {
  let ring = rings.get(kind)
  if (ring === undefined) {
    ring = { items: [], next: 0 }
    rings.set(kind, ring)
  }
  ring.items[ring.next] = instance
  ring.next = (ring.next + 1) % RING
  return instance
}

type Method = (this: unknown, ...args: unknown[]) => unknown

/** Wraps the method `name` of the first prototype of `object`'s chain that has it, once per process. */
function wrapMethod(object: object, name: string, wrap: (original: Method) => Method): void {
  let proto: object | null = Object.getPrototypeOf(object) as object | null
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, name)) proto = Object.getPrototypeOf(proto) as object | null
  if (proto === null || wrapped.has(proto)) return
  const original = (proto as Record<string, unknown>)[name]
  if (typeof original !== 'function') return
  wrapped.add(proto)
  ;(proto as Record<string, unknown>)[name] = wrap(original as Method)
}
const wrapped = new WeakSet<object>()

/**
 * Keeps the short-lived objects made inside pdfkit and fontkit, which no code of ours holds: the
 * marked content of a structure element (pdfkit drops it once the element is written), and
 * fontkit's shaping plan and glyph infos of a word (dropped when the word is laid out). Called at
 * each export with its document and a fontkit font; installs its hooks on their classes once.
 */
export function keepLibraryShapes(doc: object, font: object): void {
  wrapMethod(doc, 'markStructureContent', (original) =>
    function markStructureContent(this: unknown, ...args: unknown[]) {
      return keepShape('structContent', original.apply(this, args))
    },
  )
  // fontkit's layout engine of the font (OpenType), made on first use.
  const engine = (font as { _layoutEngine?: { engine?: object | null } })._layoutEngine?.engine
  if (engine)
    wrapMethod(engine, 'cleanup', (original) =>
      function cleanup(this: unknown, ...args: unknown[]) {
        const state = this as { plan?: unknown; glyphInfos?: unknown }
        keepShape('shapingPlan', state.plan)
        keepShape('glyphInfos', state.glyphInfos)
        return original.apply(this, args)
      },
    )
}

/** The instances kept of a kind, oldest first (for tests). */
export function keptShapes(kind: ShapeKind): readonly unknown[] {
  const ring = rings.get(kind)
  if (ring === undefined) return []
  return [...ring.items.slice(ring.next), ...ring.items.slice(0, ring.next)]
}
