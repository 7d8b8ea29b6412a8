/**
 * What pdfkit 0.20 does that @types/pdfkit 0.17 does not say, kept to what the relevé uses.
 * A global script (no import/export) so that it merges into the PDFKit namespace.
 */

declare namespace PDFKit.Mixins {
  interface TableOptions {
    /** Tags the table (Table > TR > TH/TD) under this structure element. */
    structParent?: PDFKit.PDFStructureElement
  }

  interface CellOptions {
    /** For a TH cell: the cells it heads (written as the Table attribute Scope). */
    scope?: 'row' | 'column' | 'both'
  }

  /** A font already parsed by fontkit: pdfkit recognises it by its `layout` method. */
  interface ParsedFont {
    layout(text: string): unknown
  }

  interface PDFFont {
    /** pdfkit also accepts a parsed font, which spares a parse per document. */
    registerFont(name: string, src: ParsedFont, family?: string): this
  }

  interface StructureElementOptions {
    /** Layout attributes of a Figure: its box on the page. */
    bbox?: [number, number, number, number]
    placement?: 'Block' | 'Inline'
  }
}

declare module 'fontkit' {
  /** An outline, in font units (y up). */
  export interface Path {
    transform(m0: number, m1: number, m2: number, m3: number, m4: number, m5: number): Path
    toSVG(): string
  }
  export interface Glyph {
    readonly path: Path
    readonly id: number
    readonly codePoints: number[]
    readonly advanceWidth: number
  }
  export interface GlyphPosition {
    readonly xAdvance: number
    readonly xOffset: number
    readonly yOffset: number
  }
  export interface GlyphRun {
    readonly glyphs: Glyph[]
    readonly positions: GlyphPosition[]
  }
  /** A parsed font; pdfkit recognises it by its `layout` method. */
  export interface Font {
    readonly postscriptName: string
    readonly unitsPerEm: number
    readonly capHeight: number
    readonly ascent: number
    readonly descent: number
    layout(
      text: string,
      features?: string[] | Record<string, boolean>,
      script?: string,
      language?: string,
      direction?: 'ltr' | 'rtl',
    ): GlyphRun
    hasGlyphForCodePoint(codePoint: number): boolean
    readonly characterSet: number[]
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
