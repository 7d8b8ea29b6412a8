/** Focuses the element matching `selector` once React has rendered it (a just-added row). */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector)
    element?.focus()
    element?.scrollIntoView({ block: 'nearest' })
  })
}
