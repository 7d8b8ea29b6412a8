import type { KeyboardEvent, ReactNode } from 'react'
import { ReadOnlyContext } from '../../components/read-only'

// Keys that read or move (Tab, arrows, Home, End, pages, Escape) and shortcuts with a modifier pass.
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete', ' '])

function stopEditingKeys(event: KeyboardEvent<HTMLFieldSetElement>): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  if (event.target instanceof HTMLAnchorElement) return
  if (event.key.length === 1 || EDITING_KEYS.has(event.key)) {
    event.preventDefault()
    event.stopPropagation()
  }
}

/**
 * The editor's sections; while the relevé is adopted (locked) they stay readable, by eye and by a
 * screen reader, but take no input: the fieldset disables every native control (shown greyed and
 * announced as unavailable), rich texts turn read-only (aria-readonly), and the keyboard shortcuts
 * of lists (attendance marks) are stopped. Main refuses any write anyway.
 */
export function LockableSections({ locked, children }: { locked: boolean; children: ReactNode }) {
  return (
    <ReadOnlyContext.Provider value={locked}>
      <fieldset
        className={locked ? 'editor__sections editor__sections--locked' : 'editor__sections'}
        disabled={locked}
        aria-disabled={locked || undefined}
        data-testid="editor-sections"
        onKeyDownCapture={locked ? stopEditingKeys : undefined}
      >
        {children}
      </fieldset>
    </ReadOnlyContext.Provider>
  )
}
