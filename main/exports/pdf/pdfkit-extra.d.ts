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

  interface PDFFont {
    /** pdfkit also accepts a font already parsed by fontkit, which spares a parse per document. */
    registerFont(name: string, src: import('fontkit').Font): this
  }

  interface StructureElementOptions {
    /** Layout attributes of a Figure: its box on the page. */
    bbox?: [number, number, number, number]
    placement?: 'Block' | 'Inline'
  }
}

declare module 'fontkit' {
  /** A parsed font; pdfkit only needs to recognise it (it has `layout`). */
  export interface Font {
    readonly postscriptName: string
    readonly familyName: string
    layout(text: string): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
