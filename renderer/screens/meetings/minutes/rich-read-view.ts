/**
 * The read view a rich text shows until it is used: the same DOM as the editor draws (the schema's
 * own serialiser, plus what ProseMirror adds on screen: the tables' wrapper and the break that
 * gives an empty paragraph its height), so that mounting the editor in its place changes nothing
 * a user can see. Building it costs a fraction of an editor (no view, no plugins, no listeners).
 */
import { getSchema } from '@tiptap/react'
import { DOMSerializer, Node as PmNode, type Schema } from '@tiptap/pm/model'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { richTextExtensions, toEditorContent } from './rich-doc'

let shared: { schema: Schema; serializer: DOMSerializer } | undefined

function serializer(): { schema: Schema; serializer: DOMSerializer } {
  if (shared === undefined) {
    const schema = getSchema(richTextExtensions)
    shared = { schema, serializer: DOMSerializer.fromSchema(schema) }
  }
  return shared
}

/** What ProseMirror puts in a textblock that is empty or ends with a line break. */
function trailingBreak(): HTMLBRElement {
  const br = document.createElement('br')
  br.className = 'ProseMirror-trailingBreak'
  return br
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const n = node as { text?: unknown; content?: unknown }
  const own = typeof n.text === 'string' ? n.text : ''
  return Array.isArray(n.content) ? own + n.content.map(textOf).join(' ') : own
}

/** Replaces the children of `target` with the document as the editor would draw it. */
export function renderReadView(doc: RichDoc, target: HTMLElement): void {
  const { schema, serializer: s } = serializer()
  let fragment: DocumentFragment | HTMLElement
  try {
    fragment = s.serializeFragment(PmNode.fromJSON(schema, toEditorContent(doc)).content)
  } catch {
    // A document the schema refuses is shown as its text (the editor, once mounted, parses it as it can).
    fragment = document.createDocumentFragment()
    const p = document.createElement('p')
    p.textContent = textOf(doc)
    fragment.append(p)
  }
  for (const table of fragment.querySelectorAll('table')) {
    const wrapper = document.createElement('div')
    wrapper.className = 'tableWrapper'
    table.replaceWith(wrapper)
    wrapper.append(table)
  }
  for (const block of fragment.querySelectorAll('p')) {
    const last = block.lastChild
    if (last === null || last.nodeName === 'BR') block.append(trailingBreak())
  }
  target.style.setProperty('--rte-height', `${estimatedHeight(fragment)}px`)
  target.replaceChildren(fragment)
}

// The editor's text at its usual width: 14 px type, line height 1.55, about 900 px wide.
const LINE_PX = 22
const CHARS_PER_LINE = 128
const PARAGRAPH_GAP_PX = 6
const CELL_EXTRA_PX = 13

function linesOf(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(charsPerLine, 8)))
}

/**
 * The height the text will take, guessed from its characters without laying it out. The browser
 * lays out a rich text only once it comes near the window (content-visibility, see
 * styles/offscreen.css) and gives it this height until then, so that the page keeps about its
 * length and the scroll bar its place.
 */
function estimatedHeight(root: ParentNode): number {
  let height = 0
  for (const p of root.querySelectorAll('p')) {
    if (p.closest('table') === null) height += linesOf(p.textContent ?? '', CHARS_PER_LINE) * LINE_PX + PARAGRAPH_GAP_PX
  }
  for (const row of root.querySelectorAll('tr')) {
    const cells = [...row.children]
    const perCell = CHARS_PER_LINE / Math.max(cells.length, 1)
    const lines = Math.max(1, ...cells.map((cell) => linesOf(cell.textContent ?? '', perCell)))
    height += lines * LINE_PX + CELL_EXTRA_PX
  }
  return Math.round(height)
}
