import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { Editor } from '@tiptap/react'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { useReadOnly } from '../../../components/read-only'
import { RichTextToolbar, runTool, type ToolCommand } from './RichTextToolbar'
import { IdleToolbar } from './IdleToolbar'
import { richTextExtensions, toEditorContent, toRichDoc } from './rich-doc'
import { renderReadView } from './rich-read-view'

/** How the editor was asked for: where its caret goes, and the toolbar command to run, if any. */
type Activation =
  { kind: 'point'; x: number; y: number } | { kind: 'focus' } | { kind: 'command'; command: ToolCommand }

/**
 * A Tiptap editor for one rich text of the minutes (introduction, discussions, decisions, next
 * steps). It owns its content once created (the initial value is read once), and reports every
 * change as ProseMirror JSON.
 *
 * A meeting holds dozens of them, so each one starts as a read view drawn exactly as the editor
 * draws (same element, classes, role and label: Tab reaches it, screen readers read it as a text
 * box) and the editor is mounted onto that very element, synchronously, the moment it is clicked,
 * focused or a toolbar button is used: the caret lands where the user clicked, focus never moves,
 * and the first key typed goes to the editor.
 */
export const RichTextEditor = memo(function RichTextEditor({
  initial,
  onChange,
  label,
  testId,
}: {
  initial: RichDoc
  onChange: (doc: RichDoc) => void
  label: string
  testId?: string
}) {
  // The editor registers its update listener once: reach the latest callback through a ref.
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])
  const contentRef = useRef<HTMLDivElement>(null)
  const editorRef = useRef<Editor | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const initialRef = useRef(initial)

  // Drawn once, before the first paint; from then on the element's children belong to ProseMirror.
  useLayoutEffect(() => {
    if (contentRef.current !== null && editorRef.current === null)
      renderReadView(initialRef.current, contentRef.current)
  }, [])
  useEffect(() => () => editorRef.current?.destroy(), [])
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: viewAttributes(label, testId) } })
  }, [editor, label, testId])
  // A locked relevé: readable, not editable (without an update event, which would save). Its read
  // view is never turned into an editor; one already mounted stops taking input.
  const readOnly = useReadOnly()
  const readOnlyRef = useRef(readOnly)
  useEffect(() => {
    readOnlyRef.current = readOnly
    if (editor === null) return
    editor.setEditable(!readOnly, false)
    editor.view.dom.setAttribute('aria-readonly', String(readOnly))
  }, [editor, readOnly])

  const activate = (how: Activation): void => {
    const element = contentRef.current
    if (element === null || readOnlyRef.current) return
    let current = editorRef.current
    if (current === null) {
      current = new Editor({
        element: { mount: element },
        extensions: richTextExtensions,
        content: toEditorContent(initialRef.current),
        editorProps: { attributes: viewAttributes(label, testId) },
        onUpdate: ({ editor: e }) => onChangeRef.current(toRichDoc(e.getJSON())),
      })
      editorRef.current = current
      setEditor(current)
    }
    if (how.kind === 'command') {
      runTool(current, how.command)
      return
    }
    const at = how.kind === 'point' ? current.view.posAtCoords({ left: how.x, top: how.y }) : null
    if (at !== null) current.commands.setTextSelection(at.pos)
    current.view.focus()
  }

  return (
    <div className="rte">
      {editor !== null ? (
        <RichTextToolbar editor={editor} label={label} />
      ) : (
        <IdleToolbar label={label} onCommand={(command) => activate({ kind: 'command', command })} />
      )}
      <div
        ref={contentRef}
        className="rte__content tiptap ProseMirror"
        contentEditable={!readOnly}
        suppressContentEditableWarning
        translate="no"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={readOnly}
        data-testid={testId}
        onMouseDown={(e) => {
          if (editorRef.current !== null || readOnly || e.button !== 0) return
          // The editor takes the click: mounted here, its caret put where the pointer is.
          e.preventDefault()
          activate({ kind: 'point', x: e.clientX, y: e.clientY })
        }}
        onFocus={() => {
          if (editorRef.current === null) activate({ kind: 'focus' })
        }}
      />
    </div>
  )
})

function viewAttributes(label: string, testId: string | undefined): Record<string, string> {
  return {
    class: 'rte__content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    ...(testId ? { 'data-testid': testId } : {}),
  }
}
