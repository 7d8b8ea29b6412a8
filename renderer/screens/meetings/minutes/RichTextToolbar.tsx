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

interface ToolState {
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

/** The formatting bar of a discussion: marks, lists and their second level, tables. */
export function RichTextToolbar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation()
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
  const chain = () => editor.chain().focus()

  const button = (
    key: string,
    Icon: LucideIcon,
    run: () => void,
    options: { active?: boolean; disabled?: boolean } = {},
  ) => (
    <button
      type="button"
      className={`rte__button${options.active ? ' rte__button--on' : ''}`}
      aria-label={t(`meetings.rte.${key}`)}
      title={t(`meetings.rte.${key}`)}
      aria-pressed={options.active === undefined ? undefined : options.active}
      disabled={options.disabled}
      // Keep the selection in the editor when the button is clicked.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      <Icon size={16} aria-hidden />
    </button>
  )

  return (
    <div className="rte__toolbar" role="toolbar" aria-label={`${t('meetings.rte.toolbar')} — ${label}`}>
      {button('bold', Bold, () => chain().toggleBold().run(), { active: state.bold })}
      {button('italic', Italic, () => chain().toggleItalic().run(), { active: state.italic })}
      {button('underline', Underline, () => chain().toggleUnderline().run(), { active: state.underline })}
      <span className="rte__sep" aria-hidden />
      {button('bulletList', List, () => chain().toggleBulletList().run(), { active: state.bulletList })}
      {button('orderedList', ListOrdered, () => chain().toggleOrderedList().run(), { active: state.orderedList })}
      {button('outdent', ListIndentDecrease, () => chain().liftListItem('listItem').run(), {
        disabled: !state.canOutdent,
      })}
      {button('indent', ListIndentIncrease, () => chain().sinkListItem('listItem').run(), {
        disabled: !state.canIndent,
      })}
      <span className="rte__sep" aria-hidden />
      {button('insertTable', Table, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), {
        disabled: state.inTable,
      })}
      {state.inTable ? (
        <>
          {button('addRow', BetweenHorizontalEnd, () => chain().addRowAfter().run())}
          {button('deleteRow', Rows3, () => chain().deleteRow().run())}
          {button('addColumn', BetweenVerticalEnd, () => chain().addColumnAfter().run())}
          {button('deleteColumn', Columns3, () => chain().deleteColumn().run())}
          {button('mergeCells', TableCellsMerge, () => chain().mergeCells().run(), { disabled: !state.canMerge })}
          {button('splitCell', TableCellsSplit, () => chain().splitCell().run(), { disabled: !state.canSplit })}
          {button('deleteTable', Trash2, () => chain().deleteTable().run())}
        </>
      ) : null}
    </div>
  )
}
