import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  Bold,
  Columns3,
  Italic,
  Underline,
  List,
  ListIndentDecrease,
  ListIndentIncrease,
  ListOrdered,
  Rows3,
  Table,
  TableCellsMerge,
  TableCellsSplit,
  Trash2,
  type LucideIcon,
} from 'lucide-react'

export interface ToolState {
  bold: boolean
  italic: boolean
  underline: boolean
  bulletList: boolean
  orderedList: boolean
  canIndent: boolean
  canOutdent: boolean
  inTable: boolean
  canMerge: boolean
  canSplit: boolean
}

/** What the bar shows before the editor is mounted: the caret at the start of a paragraph. */
export const IDLE_TOOLS: ToolState = {
  bold: false,
  italic: false,
  underline: false,
  bulletList: false,
  orderedList: false,
  canIndent: false,
  canOutdent: false,
  inTable: false,
  canMerge: false,
  canSplit: false,
}

type Chain = ReturnType<Editor['chain']>

/** Each button's command, run on the editor's chain (focused first). */
export const TOOL_COMMANDS = {
  bold: (c: Chain) => c.toggleBold(),
  italic: (c: Chain) => c.toggleItalic(),
  underline: (c: Chain) => c.toggleUnderline(),
  bulletList: (c: Chain) => c.toggleBulletList(),
  orderedList: (c: Chain) => c.toggleOrderedList(),
  outdent: (c: Chain) => c.liftListItem('listItem'),
  indent: (c: Chain) => c.sinkListItem('listItem'),
  insertTable: (c: Chain) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  addRow: (c: Chain) => c.addRowAfter(),
  deleteRow: (c: Chain) => c.deleteRow(),
  addColumn: (c: Chain) => c.addColumnAfter(),
  deleteColumn: (c: Chain) => c.deleteColumn(),
  mergeCells: (c: Chain) => c.mergeCells(),
  splitCell: (c: Chain) => c.splitCell(),
  deleteTable: (c: Chain) => c.deleteTable(),
} satisfies Record<string, (c: Chain) => Chain>

export type ToolCommand = keyof typeof TOOL_COMMANDS

/** Runs a button's command on the editor, which takes the focus. */
export function runTool(editor: Editor, command: ToolCommand): void {
  TOOL_COMMANDS[command](editor.chain().focus()).run()
}

/** The formatting bar of a mounted editor: marks, lists and their second level, tables. */
export function RichTextToolbar({ editor, label }: { editor: Editor; label: string }) {
  const state = useEditorState<ToolState>({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      canIndent: e.can().sinkListItem('listItem'),
      canOutdent: e.can().liftListItem('listItem'),
      inTable: e.isActive('table'),
      canMerge: e.can().mergeCells(),
      canSplit: e.can().splitCell(),
    }),
  })
  return <ToolbarView state={state} label={label} onCommand={(command) => runTool(editor, command)} />
}

/** The bar itself, for a mounted editor or for the read view that stands in for one until it is used. */
export function ToolbarView({ state, label, onCommand }: { state: ToolState; label: string; onCommand: (command: ToolCommand) => void }) {
  const { t } = useTranslation()
  return (
    <div className="rte__toolbar" role="toolbar" aria-label={`${t('meetings.rte.toolbar')} — ${label}`}>
      <ToolbarButtons state={state} onCommand={onCommand} />
    </div>
  )
}

/**
 * The bar's buttons. Each says its command in `data-command`; without `onCommand` they carry no
 * handler of their own (the idle bar handles clicks on its element, see IdleToolbar).
 */
export function ToolbarButtons({ state, onCommand }: { state: ToolState; onCommand?: (command: ToolCommand) => void }) {
  const { t } = useTranslation()
  const button = (key: ToolCommand, Icon: LucideIcon, options: { active?: boolean; disabled?: boolean } = {}) => (
    <button
      type="button"
      className={`rte__button${options.active ? ' rte__button--on' : ''}`}
      aria-label={t(`meetings.rte.${key}`)}
      title={t(`meetings.rte.${key}`)}
      aria-pressed={options.active === undefined ? undefined : options.active}
      disabled={options.disabled}
      data-command={key}
      // Keep the selection in the editor when the button is clicked.
      onMouseDown={onCommand ? (e) => e.preventDefault() : undefined}
      onClick={onCommand ? () => onCommand(key) : undefined}
    >
      <Icon size={16} aria-hidden />
    </button>
  )

  return (
    <>
      {button('bold', Bold, { active: state.bold })}
      {button('italic', Italic, { active: state.italic })}
      {button('underline', Underline, { active: state.underline })}
      <span className="rte__sep" aria-hidden />
      {button('bulletList', List, { active: state.bulletList })}
      {button('orderedList', ListOrdered, { active: state.orderedList })}
      {button('outdent', ListIndentDecrease, { disabled: !state.canOutdent })}
      {button('indent', ListIndentIncrease, { disabled: !state.canIndent })}
      <span className="rte__sep" aria-hidden />
      {button('insertTable', Table, { disabled: state.inTable })}
      {state.inTable ? (
        <>
          {button('addRow', BetweenHorizontalEnd)}
          {button('deleteRow', Rows3)}
          {button('addColumn', BetweenVerticalEnd)}
          {button('deleteColumn', Columns3)}
          {button('mergeCells', TableCellsMerge, { disabled: !state.canMerge })}
          {button('splitCell', TableCellsSplit, { disabled: !state.canSplit })}
          {button('deleteTable', Trash2)}
        </>
      ) : null}
    </>
  )
}
