/**
 * The character encoding of a CSV file. A byte-order mark says it outright (UTF-8, UTF-16 LE or
 * BE); without one, text that is valid UTF-8 is UTF-8; anything else was written by Excel in the
 * Windows code page of its machine: Windows-1252 in France, Windows-1256 in an Arabic-speaking
 * ministry. Those two are told apart by content — chardet's statistics of the language, and,
 * when chardet hesitates, how the bytes above 127 sit: alone between Latin letters in French
 * (« Hélène »), in whole words in Arabic.
 */
import chardet from 'chardet'
import type { CsvEncoding } from '../../../shared/domain/people-import'

const BOMS: readonly { encoding: CsvEncoding; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** The encoding announced by a byte-order mark, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | undefined {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte))
  return bom && { encoding: bom.encoding, length: bom.bytes.length }
}

// chardet names the 8-bit family it recognises by several names.
const ARABIC = new Set(['windows-1256', 'ISO-8859-6'])
const LATIN = new Set(['windows-1252', 'ISO-8859-1', 'ISO-8859-15'])
/** Below this many points of chardet's confidence apart, the layout of the bytes decides. */
const HESITATION = 10

/** Share of the bytes above 127 that touch another one: close to 1 for Arabic words, low for French accents. */
function highBytesInRuns(bytes: Uint8Array): number {
  let high = 0
  let inRuns = 0
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue
    high += 1
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns += 1
  }
  return high === 0 ? 0 : inRuns / high
}

/** Windows-1252 or Windows-1256, for bytes that are not UTF-8. */
export function guessWindowsCodePage(bytes: Uint8Array): 'windows-1252' | 'windows-1256' {
  // A sample is enough: the statistics settle within a few kilobytes.
  const sample = bytes.subarray(0, 64 * 1024)
  let arabic = 0
  let latin = 0
  for (const match of chardet.analyse(sample)) {
    if (ARABIC.has(match.name)) arabic = Math.max(arabic, match.confidence)
    if (LATIN.has(match.name)) latin = Math.max(latin, match.confidence)
  }
  if (Math.abs(arabic - latin) >= HESITATION) return arabic > latin ? 'windows-1256' : 'windows-1252'
  return highBytesInRuns(sample) > 0.5 ? 'windows-1256' : 'windows-1252'
}

/** The encoding the file is most likely in. */
export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  const bom = byteOrderMark(bytes)
  if (bom) return bom.encoding
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return guessWindowsCodePage(bytes)
  }
}

/** The text of the file in the given encoding (detected when not given), without its byte-order mark. */
export function decodeCsv(bytes: Uint8Array, chosen?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  const encoding = chosen ?? detectCsvEncoding(bytes)
  const bom = byteOrderMark(bytes)
  // A mark of another encoding than the chosen one is left for the reader to see as stray characters.
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding }
}
