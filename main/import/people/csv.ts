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

/**
 * Splits CSV text (without BOM) into records; blank lines are skipped but still counted. Fields
 * are taken as slices of the text, run by run, never built character by character: a 30 MB file
 * costs little more than its own text.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): CsvResult {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let inQuotes = false
  let quoteLine = 0
  let fieldStarted = false
  // Start of the characters not yet added to `field`.
  let runStart = 0

  const endField = (at: number) => {
    cells.push(field + text.slice(runStart, at))
    field = ''
    fieldStarted = false
  }
  const endRecord = (at: number) => {
    endField(at)
    if (cells.some((cell) => cell.trim().length > 0)) records.push({ line: recordLine, cells })
    cells = []
  }

  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    if (inQuotes) {
      if (char === '"') {
        field += text.slice(runStart, i)
        if (text.charAt(i + 1) === '"') {
          // A doubled quote is one quote: keep the second one in the next run.
          i += 1
          runStart = i
        } else {
          inQuotes = false
          runStart = i + 1
        }
      } else if (char === '\n' || (char === '\r' && text.charAt(i + 1) !== '\n')) line += 1
      continue
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true
      fieldStarted = true
      quoteLine = line
      runStart = i + 1
    } else if (char === separator) {
      endField(i)
      runStart = i + 1
    } else if (char === '\r' || char === '\n') {
      endRecord(i)
      if (char === '\r' && text.charAt(i + 1) === '\n') i += 1
      runStart = i + 1
      line += 1
      recordLine = line
    } else {
      fieldStarted = true
    }
  }
  if (inQuotes) return { records, unclosedQuoteLine: quoteLine }
  endRecord(text.length)
  return { records, unclosedQuoteLine: null }
}
