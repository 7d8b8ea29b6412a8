/**
 * One CSS class per repeated icon drawing (its mask image and size), in a style sheet of the page's
 * own. A large meeting's editor shows over a thousand masked icons (row buttons, idle formatting
 * bars): written as an inline style each, every one carries a kilobyte-long data: URL that the
 * browser copies, parses and styles on its own, and no two of them can share a computed style. As a
 * class, the drawing is parsed once and the icons share their style. Same drawing, size and colour.
 */
const classes = new Map<string, string>()
let sheet: CSSStyleSheet | null = null

function iconSheet(): CSSStyleSheet {
  if (sheet === null) {
    // Empty, filled through the CSS object model only (never parsed as text).
    const element = document.createElement('style')
    element.dataset.iconDrawings = ''
    document.head.append(element)
    if (element.sheet === null) throw new Error('icon style sheet unavailable')
    sheet = element.sheet
  }
  return sheet
}

/** The class that paints `drawing` (a CSS `url(…)`) at `width` × `height` px, its rule added once. */
export function iconClass(drawing: string, width: number, height: number): string {
  const key = `${width}x${height} ${drawing}`
  let name = classes.get(key)
  if (name === undefined) {
    name = `icon-drawing-${classes.size + 1}`
    const rules = iconSheet()
    rules.insertRule(`.${name}{--icon:${drawing};width:${width}px;height:${height}px}`, rules.cssRules.length)
    classes.set(key, name)
  }
  return name
}
