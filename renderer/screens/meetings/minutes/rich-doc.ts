/**
 * The « Points discutés » editor's schema and the clean-up of what it produces before saving.
 * Only what the relevé prints is offered: paragraphs, bold / italic / underline, bullet and
 * numbered lists (two levels), and tables whose cells may be merged.
 */
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import { Extension, type JSONContent } from '@tiptap/react'
import { Plugin, PluginKey, Selection } from '@tiptap/pm/state'
import { CellSelection } from '@tiptap/pm/tables'
import { richHasContent, type RichDoc } from '../../../../shared/domain/rich-text'

/** Ctrl+Alt+M merges the selected cells, or splits the merged cell the cursor is in. */
const TableMergeKeys = Extension.create({
  name: 'tableMergeKeys',
  addKeyboardShortcuts() {
    return { 'Mod-Alt-m': () => this.editor.commands.mergeOrSplit() }
  },
})

/**
 * A click (no drag, no Shift) while cells are selected (right after a merge, the merged cell is)
 * puts the caret where it lands at once. ProseMirror otherwise waits for the browser's
 * `selectionchange` event, which a loaded machine may deliver after the next keys: these then
 * replaced the selected cells' text, e.g. a merged title (seen in the fresh-clone CI).
 */
const CellSelectionClick = Extension.create({
  name: 'cellSelectionClick',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cellSelectionClick'),
        props: {
          handleClick(view, pos, event) {
            const { state } = view
            if (!(state.selection instanceof CellSelection) || event.shiftKey) return false
            view.dispatch(state.tr.setSelection(Selection.near(state.doc.resolve(pos))))
            // ProseMirror goes on as for any click; the browser's own report, when it comes, agrees.
            return false
          },
        },
      }),
    ]
  },
})

/** Tiptap extensions of the discussion editor. */
export const richTextExtensions = [
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
  TableMergeKeys,
  CellSelectionClick,
]

type Attr = string | number | boolean | null

function cleanNode(node: JSONContent): JSONContent {
  const out: JSONContent = { type: node.type ?? 'paragraph' }
  if (typeof node.text === 'string') out.text = node.text
  if (node.attrs) {
    // The API stores flat attributes only (column widths are arrays and are not used here).
    const attrs: Record<string, Attr> = {}
    for (const [key, value] of Object.entries(node.attrs)) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) attrs[key] = value as Attr
    }
    if (Object.keys(attrs).length > 0) out.attrs = attrs
  }
  if (node.marks && node.marks.length > 0) out.marks = node.marks.map((m) => ({ type: m.type }))
  if (node.content) out.content = node.content.map(cleanNode)
  return out
}

/** The editor's JSON as the API accepts it (never HTML). */
export function toRichDoc(json: JSONContent): RichDoc {
  return { type: 'doc', content: (json.content ?? []).map(cleanNode) } as RichDoc
}

/** Whether a document has no text and no table (an empty editor still holds one empty paragraph). */
export function isEmptyDoc(doc: RichDoc): boolean {
  return !richHasContent(doc)
}

/**
 * What the editor starts from. A stored empty document (`content: []`) is not a valid ProseMirror
 * document (a doc holds at least one block) and leaves the first commands without effect; start
 * from one empty paragraph instead. A document ending with a list or a table gets the empty
 * paragraph the editor's trailing-node rule would add on its first transaction: present from the
 * start, the read view draws it too (no jump when the editor is mounted) and merely focusing the
 * editor changes nothing (no save without a key typed).
 */
export function toEditorContent(doc: RichDoc): JSONContent {
  const blocks = (doc.content ?? []) as JSONContent[]
  if (blocks.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] }
  if (blocks[blocks.length - 1]?.type === 'paragraph') return doc as JSONContent
  return { ...(doc as JSONContent), content: [...blocks, { type: 'paragraph' }] }
}
