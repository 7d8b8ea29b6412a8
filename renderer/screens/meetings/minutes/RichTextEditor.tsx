import { memo, useEffect, useRef } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { useReadOnly } from '../../../components/read-only'
import { RichTextToolbar } from './RichTextToolbar'
import { richTextExtensions, toEditorContent, toRichDoc } from './rich-doc'

/**
 * A Tiptap editor for one agenda item's « Points discutés ». It owns its content once created
 * (the initial value is read once), and reports every change as ProseMirror JSON.
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
  const editor = useEditor({
    extensions: richTextExtensions,
    content: toEditorContent(initial),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'rte__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(testId ? { 'data-testid': testId } : {}),
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(toRichDoc(e.getJSON())),
  })
  // A locked relevé: readable, not editable (without an update event, which would save).
  const readOnly = useReadOnly()
  useEffect(() => {
    editor.setEditable(!readOnly, false)
    editor.view.dom.setAttribute('aria-readonly', String(readOnly))
  }, [editor, readOnly])
  return (
    <div className="rte">
      <RichTextToolbar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  )
})
