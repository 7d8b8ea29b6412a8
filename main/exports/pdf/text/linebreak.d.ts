/** The `linebreak` package (UAX #14), as the PDF's line breaking uses it. */
declare module 'linebreak' {
  interface Break {
    position: number
    required: boolean
  }
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}
