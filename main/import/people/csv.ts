/**
 * A small CSV reader for people files as spreadsheets save them: « ; » (French Excel) or « , » or
 * tab, detected on the header line; quoted fields with doubled quotes and line breaks; CRLF, LF
 * or CR line ends. Written here because the rules are few and every one of them is tested.
 */

export interface CsvRecord {
  /** Line of the file where the record starts (1 = first line), as a spreadsheet numbers rows. */
  line: number
  cells: string[]
}

export interface CsvResult {
  records: CsvRecord[]
  /** Line where a quoted field opens and never closes, if any. */
  unclosedQuoteLine: number | null
}

const SEPARATORS = [';', ',', '\t'] as const

/** The separator used on the first non-blank line: the most frequent of « ; », « , » and tab outside quotes. */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim().length > 0) ?? ''
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]))
  let inQuotes = false
  for (const char of firstLine) {
    if (char === '"') inQuotes = !inQuotes
    else if (!inQuotes && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best = ','
  let bestCount = 0
  for (const [separator, count] of counts) {
    if (count > bestCount) {
      best = separator
      bestCount = count
    }
  }
  return best
}

/** Splits CSV text (without BOM) into records; blank lines are skipped but still counted. */
export function parseCsv(text: string, separator = detectSeparator(text)): CsvResult {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let inQuotes = false
  let quoteLine = 0
  let fieldStarted = false

  const endField = () => {
    cells.push(field)
    field = ''
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    if (cells.some((cell) => cell.trim().length > 0)) records.push({ line: recordLine, cells })
    cells = []
  }

  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    if (inQuotes) {
      if (char === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"'
          i += 1
        } else inQuotes = false
      } else {
        if (char === '\n' || (char === '\r' && text.charAt(i + 1) !== '\n')) line += 1
        field += char
      }
      continue
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true
      fieldStarted = true
      quoteLine = line
    } else if (char === separator) {
      endField()
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i += 1
      endRecord()
      line += 1
      recordLine = line
    } else {
      field += char
      fieldStarted = true
    }
  }
  if (inQuotes) return { records, unclosedQuoteLine: quoteLine }
  endRecord()
  return { records, unclosedQuoteLine: null }
}
