/**
 * Short colour operators. pdfkit writes a hex colour as its colour space then three 16-digit
 * numbers (« /DeviceRGB cs » and « 0.10196078431372549 … scn ») at every `fillColor`, which the
 * relevé calls for each run, label and decoration. The same colour is written here as one
 * operator with four decimals (« 0.102 0.102 0.102 rg »: same colour space, and the same 8-bit
 * colour, since 0.00005 × 255 is far below half a step), formatted once per process.
 */

type ColorDoc = PDFKit.PDFDocument & {
  _fillColor?: [unknown, unknown]
  addContent(data: string): unknown
}

const HEX6 = /^#[0-9a-f]{6}$/iu
const fillOps = new Map<string, string | null>()
const strokeOps = new Map<string, string | null>()

function component(v: number): string {
  return String(Math.round((v / 255) * 10000) / 10000)
}

function opOf(ops: Map<string, string | null>, color: string, operator: 'rg' | 'RG'): string | null {
  let op = ops.get(color)
  if (op !== undefined) return op
  if (HEX6.test(color)) {
    const hex = parseInt(color.slice(1), 16)
    op = `${component(hex >> 16)} ${component((hex >> 8) & 0xff)} ${component(hex & 0xff)} ${operator}`
  } else op = null
  if (ops.size < 1000) ops.set(color, op)
  return op
}

/** The operator that sets this fill colour (`#rrggbb`), or null for any other colour value. */
export function fillOp(color: unknown): string | null {
  return typeof color === 'string' ? opOf(fillOps, color, 'rg') : null
}

/** Records `color` as the document's fill colour, as pdfkit's `fillColor(color)` does. */
export function noteFill(doc: PDFKit.PDFDocument, color: string): void {
  ;(doc as ColorDoc)._fillColor = [color, undefined]
}

/**
 * Makes the document's `fillColor` and `strokeColor` write a hex colour without opacity as a
 * short operator; anything else (opacity, named colours, gradients) goes to pdfkit unchanged.
 */
const installed = new WeakSet<object>()

export function shortColors(doc: PDFKit.PDFDocument): void {
  if (installed.has(doc)) return
  installed.add(doc)
  const self = doc as ColorDoc
  const fill = self.fillColor
  const stroke = self.strokeColor
  self.fillColor = function (this: ColorDoc, color: PDFKit.Mixins.ColorValue, opacity?: number) {
    const op = opacity === undefined && typeof color === 'string' ? opOf(fillOps, color, 'rg') : null
    if (op === null) return fill.call(this, color, opacity)
    this.addContent(op)
    this._fillColor = [color, undefined]
    return this
  }
  self.strokeColor = function (this: ColorDoc, color: PDFKit.Mixins.ColorValue, opacity?: number) {
    const op = opacity === undefined && typeof color === 'string' ? opOf(strokeOps, color, 'RG') : null
    if (op === null) return stroke.call(this, color, opacity)
    this.addContent(op)
    return this
  }
}
