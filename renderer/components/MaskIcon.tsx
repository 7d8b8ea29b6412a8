import { useLayoutEffect, useRef } from 'react'
import type { LucideIcon } from 'lucide-react'
import { iconClass } from './icon-classes'
import './components.css'

/** Each icon's class (its drawing as a CSS image), once one instance has been drawn as SVG (by size). */
const drawings = new Map<string, string>()

function keyOf(icon: LucideIcon, size: number): string {
  return `${icon.displayName ?? ''}/${size}`
}

/**
 * A decorative icon repeated in every row of long lists (drag handles, delete buttons): drawn as
 * SVG the first time, then as one element painted through a mask of that drawing — an inline SVG
 * costs the page five to seven elements to style and lay out. Same size, same colour (the text's),
 * same drawing. Render `<MaskIconWarmup>` out of sight before a long list to start with masks.
 */
export function MaskIcon({ icon: Icon, size = 16 }: { icon: LucideIcon; size?: number }) {
  const key = keyOf(Icon, size)
  const drawing = drawings.get(key)
  const ref = useRef<SVGSVGElement>(null)
  useLayoutEffect(() => {
    const svg = ref.current
    if (svg === null || drawings.has(key)) return
    const copy = svg.cloneNode(true) as SVGSVGElement
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    copy.removeAttribute('class')
    drawings.set(key, iconClass(`url("data:image/svg+xml,${encodeURIComponent(copy.outerHTML)}")`, size, size))
  }, [key, size])
  if (drawing === undefined) return <Icon ref={ref} size={size} aria-hidden />
  return <span className={`mask-icon ${drawing}`} aria-hidden />
}

/** Draws the icons once out of sight, so that the lists drawn next use masks from the start. */
export function MaskIconWarmup({ icons }: { icons: readonly (readonly [LucideIcon, number])[] }) {
  return (
    <div hidden aria-hidden>
      {icons.map(([icon, size]) => (
        <MaskIcon key={keyOf(icon, size)} icon={icon} size={size} />
      ))}
    </div>
  )
}
