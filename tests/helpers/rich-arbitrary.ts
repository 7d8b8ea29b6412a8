/**
 * fast-check documents shaped like what the minutes editor (Tiptap, renderer/screens/meetings)
 * produces: paragraphs with nested bold / italic / underline and line breaks, bullet and ordered
 * lists (lists in lists), tables whose cells hold lists and tables, merged cells (colspan /
 * rowspan), empty cells, 200-character words, and long tables that run across pages.
 */
import fc from 'fast-check'
import type {
  RichBlock,
  RichDoc,
  RichInline,
  RichList,
  RichListItem,
  RichMark,
  RichParagraph,
  RichTable,
  RichTableCell,
  RichTableRow,
} from '../../shared/domain/rich-text'

const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèàçôûABCDEFGHIJKLMNOPRSTUVÉ0123456789'

// A fixed vocabulary, as real minutes repeat their words (and the PDF's shaping cache with them).
const VOCABULARY: string[] = (() => {
  let seed = 15072020
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >>> 16
  }
  return Array.from({ length: 400 }, () => {
    const length = 1 + (next() % 11)
    return Array.from({ length }, () => LETTERS.charAt(next() % LETTERS.length)).join('')
  })
})()

/** A word: usually short, sometimes 200 characters long, sometimes with French punctuation. */
const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 200, maxLength: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom('d’accès', 'l’OGP', '100 %', 'Activité :', 'COPIL ;', '« PAN »', 'NB :') },
)

const text: fc.Arbitrary<string> = fc.array(word, { minLength: 1, maxLength: 7 }).map((w) => w.join(' '))

const marks: fc.Arbitrary<RichMark[]> = fc.subarray(['bold', 'italic', 'underline'] as const).map((types) =>
  types.map((type) => ({ type })),
)

const inline: fc.Arbitrary<RichInline> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('text' as const), text, marks }) },
  { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' as const }) },
)

const paragraph: fc.Arbitrary<RichParagraph> = fc
  .array(inline, { minLength: 0, maxLength: 3 })
  .map((content) => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }))

interface Sizes {
  depth: number
}

function list(s: Sizes): fc.Arbitrary<RichList> {
  return fc
    .record({
      type: fc.constantFrom('bulletList' as const, 'orderedList' as const),
      content: fc.array(listItem(s), { minLength: 1, maxLength: 4 }),
    })
    .map((l) => l as RichList)
}

function listItem(s: Sizes): fc.Arbitrary<RichListItem> {
  const more = s.depth >= 2 ? fc.constant([]) : fc.array(block({ depth: s.depth + 1 }), { maxLength: 2 })
  return fc.tuple(paragraph, more).map(([first, rest]) => ({ type: 'listItem', content: [first, ...rest] }))
}

/** A simple list (items of one paragraph, maybe a sub-list), as typed in a table cell. */
function cellList(depth: number): fc.Arbitrary<RichList> {
  const item: fc.Arbitrary<RichListItem> = fc
    .tuple(paragraph, depth >= 1 ? fc.constant([]) : fc.array(cellList(depth + 1), { maxLength: 1 }))
    .map(([first, rest]) => ({ type: 'listItem', content: [first, ...rest] }))
  return fc
    .record({
      type: fc.constantFrom('bulletList' as const, 'orderedList' as const),
      content: fc.array(item, { minLength: 1, maxLength: 3 }),
    })
    .map((l) => l as RichList)
}

function cell(s: Sizes, header: boolean): fc.Arbitrary<RichTableCell> {
  // Cells hold paragraphs and lists, and, at the first level, a small table: a row stays shorter than a page.
  const inner: fc.Arbitrary<RichBlock> =
    s.depth >= 1
      ? fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 2, arbitrary: cellList(0) })
      : fc.oneof(
          { weight: 3, arbitrary: paragraph },
          { weight: 3, arbitrary: cellList(0) },
          { weight: 1, arbitrary: table({ depth: 1 }) },
        )
  const content: fc.Arbitrary<RichBlock[]> = header
    ? fc.array(paragraph, { minLength: 1, maxLength: 1 })
    : fc.oneof(
        { weight: 1, arbitrary: fc.constant<RichBlock[]>([{ type: 'paragraph' }]) },
        { weight: 4, arbitrary: fc.array(inner, { minLength: 1, maxLength: 2 }) },
      )
  return fc
    .record({
      content,
      colspan: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) }),
      rowspan: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) }),
    })
    .map(({ content: c, colspan, rowspan }) => ({
      type: header ? 'tableHeader' : 'tableCell',
      attrs: { colspan, rowspan },
      content: c,
    }))
}

function table(s: Sizes): fc.Arbitrary<RichTable> {
  // Mostly small tables; now and then a long one (40-70 rows) that runs across pages.
  const short = fc.integer({ min: 1, max: 4 })
  const rowCount = s.depth > 0 ? short : fc.oneof({ weight: 10, arbitrary: short }, { weight: 1, arbitrary: fc.integer({ min: 40, max: 60 }) })
  return fc.tuple(fc.integer({ min: 1, max: 4 }), rowCount, fc.boolean()).chain(([columns, rows, withHeader]) => {
    const long = rows > 10
    const bodyCell = long ? fc.array(paragraph, { minLength: 1, maxLength: 1 }).map((content) => ({ type: 'tableCell' as const, content })) : cell(s, false)
    const row = (header: boolean): fc.Arbitrary<RichTableRow> =>
      fc
        .array(header ? cell({ depth: 2 }, true) : bodyCell, { minLength: Math.max(1, columns - 1), maxLength: columns })
        .map((content) => ({ type: 'tableRow', content }))
    return fc
      .tuple(withHeader ? row(true).map((r) => [r]) : fc.constant([]), fc.array(row(false), { minLength: rows, maxLength: rows }))
      .map(([head, body]) => ({ type: 'table', content: [...head, ...body] }) as RichTable)
  })
}

function block(s: Sizes): fc.Arbitrary<RichBlock> {
  if (s.depth >= 3) return paragraph
  if (s.depth >= 1) return fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: list(s) }, { weight: 1, arbitrary: table(s) })
  return fc.oneof(
    { weight: 4, arbitrary: paragraph },
    { weight: 2, arbitrary: list(s) },
    { weight: 1, arbitrary: table(s) },
  )
}

/** A document as the editor produces it. */
export const richDocArbitrary: fc.Arbitrary<RichDoc> = fc
  .array(block({ depth: 0 }), { minLength: 1, maxLength: 4 })
  .map((content) => ({ type: 'doc', content }))

/** Text as every export prints it, for comparison: no whitespace, straight apostrophes curled. */
export function comparable(text: string): string {
  return text.replace(/'/gu, '’').replace(/\s+/gu, '')
}

/** The first run of `runs` not found in `haystack` after the previous one, or undefined. */
export function missingInOrder(haystack: string, runs: readonly string[]): string | undefined {
  const hay = comparable(haystack)
  let from = 0
  for (const run of runs) {
    const needle = comparable(run)
    if (!needle) continue
    const at = hay.indexOf(needle, from)
    if (at < 0) return run
    from = at + needle.length
  }
  return undefined
}
