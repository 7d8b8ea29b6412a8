/**
 * Characters that must never be stored nor written to a file. XML 1.0 (hence every .xlsx and
 * .docx) has no way to write the C0 controls other than tab and line breaks, U+FFFE, U+FFFF or a
 * lone surrogate: one of them in a name makes a workbook that Excel and exceljs refuse to open.
 * Bidirectional controls are legal text, but in a file name « COPIL\u202Excslx.exe » shows as
 * « COPILexe.xslx »: they never reach one.
 */

// C0 controls but tab, LF and CR; U+FFFE and U+FFFF; a high surrogate not followed by a low one,
// or a low one not preceded by a high one.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

// Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and the invisible marks that
// do the same work (LRM, RLM, ALM).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** The text without the code points XML cannot hold; the same string when there are none. */
export function stripXmlIllegal(text: string): string {
  XML_ILLEGAL.lastIndex = 0
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL, '') : text
}

/** The text without bidirectional controls, for file names. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
