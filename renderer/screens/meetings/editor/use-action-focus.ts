import { useCallback, useEffect, useRef } from 'react'

/** The id of the heading of the relevé's cycle (ReleveLifecyclePanel), where an action's notice shows. */
export const LIFECYCLE_HEADING_ID = 'lifecycle-title'

function focusLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}

/**
 * The keyboard focus across a lifecycle action (diffusion, adoption, erratum). While the action
 * runs the editor is inert, and the browser takes the focus out of it, to the page's body: a
 * keyboard user would start again from the top of the page. Once the action is over, the focus
 * goes back where it was; if that element is gone (the editor was replaced after an adoption or an
 * erratum), to the heading of the relevé's cycle, whose notice says what happened.
 *
 * `busy`: the editor is inert. `replaced`: this editor replaced one after an action, and owes the
 * focus from its first render. Returns the function to call just before the editor turns inert.
 */
export function useActionFocus(busy: boolean, replaced: boolean): () => void {
  const before = useRef<HTMLElement | null>(null)
  const owed = useRef(replaced)
  useEffect(() => {
    if (busy || !owed.current) return
    owed.current = false
    const element = before.current
    before.current = null
    if (!focusLost()) return
    if (element?.isConnected && element.closest('[inert]') === null) element.focus({ preventScroll: true })
    else document.getElementById(LIFECYCLE_HEADING_ID)?.focus()
  }, [busy])
  return useCallback(() => {
    owed.current = true
    const active = document.activeElement
    before.current = active instanceof HTMLElement && active !== document.body ? active : null
  }, [])
}
