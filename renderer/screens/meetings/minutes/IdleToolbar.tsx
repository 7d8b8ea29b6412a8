import { memo, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { iconClass } from '../../../components/icon-classes'
import { IDLE_TOOLS, TOOL_COMMANDS, ToolbarButtons, type ToolCommand } from './RichTextToolbar'

/** The idle bar's buttons as drawn once by React, by interface language: copied into every other idle bar. */
const templates = new Map<string, HTMLElement>()

function isCommand(name: string | undefined): name is ToolCommand {
  return name !== undefined && Object.hasOwn(TOOL_COMMANDS, name)
}

/**
 * The formatting bar of a rich text whose editor is not mounted yet: the same buttons, in the same
 * state, as a mounted editor's bar with the caret at the start of a paragraph. A meeting holds
 * about a hundred of them: the first one is drawn by React, the others are copies of its buttons
 * (a native clone costs a fraction of rendering them), and the bar's own element handles their
 * clicks (each button says its command). A click on a button mounts the editor and runs it.
 */
export const IdleToolbar = memo(function IdleToolbar({ label, onCommand }: { label: string; onCommand: (command: ToolCommand) => void }) {
  const { t, i18n } = useTranslation()
  return <IdleBar key={i18n.language} language={i18n.language} label={`${t('meetings.rte.toolbar')} — ${label}`} onCommand={onCommand} />
})

function IdleBar({ language, label, onCommand }: { language: string; label: string; onCommand: (command: ToolCommand) => void }) {
  const ref = useRef<HTMLDivElement>(null)
  // Decided once: this bar either copies the template or is drawn by React (and becomes the template).
  const [copied] = useState(() => templates.has(language))
  useLayoutEffect(() => {
    const element = ref.current
    if (element === null) return
    const template = templates.get(language)
    if (copied && template !== undefined) element.replaceChildren(...template.cloneNode(true).childNodes)
    else if (!copied && template === undefined) templates.set(language, withIconMasks(element.cloneNode(true) as HTMLElement))
  }, [copied, language])
  return (
    <div
      ref={ref}
      className="rte__toolbar"
      role="toolbar"
      aria-label={label}
      // Keep the focus where it is when a button is pressed (as a mounted editor's bar does).
      onMouseDown={(e) => {
        if (e.target instanceof Element && e.target.closest('button') !== null) e.preventDefault()
      }}
      onClick={(e) => {
        const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-command]') : null
        const command = button?.dataset.command
        if (button !== null && !button.disabled && isCommand(command)) onCommand(command)
      }}
    >
      {copied ? null : <ToolbarButtons state={IDLE_TOOLS} />}
    </div>
  )
}

/**
 * The template's icons as one element each, painted through a mask of the icon's own drawing: a
 * meeting's idle bars hold hundreds of icons, and an inline SVG costs five elements to style and lay
 * out. Same size, same colour (the button's), same drawing.
 */
function withIconMasks(template: HTMLElement): HTMLElement {
  for (const svg of template.querySelectorAll('svg')) {
    if (!svg.hasAttribute('xmlns')) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    const icon = document.createElement('span')
    const drawing = `url("data:image/svg+xml,${encodeURIComponent(svg.outerHTML)}")`
    const [width, height] = [Number(svg.getAttribute('width') ?? 16), Number(svg.getAttribute('height') ?? 16)]
    icon.className = `rte__icon ${iconClass(drawing, width, height)}`
    icon.setAttribute('aria-hidden', 'true')
    svg.replaceWith(icon)
  }
  return template
}

/** An idle bar drawn out of sight, so that the bars of the next meeting opened are copies from the start. */
export function IdleToolbarWarmup() {
  return (
    <div hidden aria-hidden>
      <IdleToolbar label="" onCommand={() => undefined} />
    </div>
  )
}
