/**
 * exceljs 4.4 neither writes nor reads the `quotePrefix` attribute of a cell format, which tells
 * Excel to keep a value as text when the user re-edits the cell (so « =cmd|… » does not turn into
 * a formula on F2 + Enter). The export gives every such cell the text number format « @ » — a
 * protection on its own — and this module adds quotePrefix="1" to exactly those formats as
 * styles.xml is written. Hooks one workbook instance, never the library itself.
 */
import type { Workbook } from 'exceljs'

/** Built-in number format id of « @ » (text). */
const TEXT_FORMAT_ID = 49

interface ZipEntryOptions {
  name: string
}
interface ZipLike {
  append(data: unknown, options: ZipEntryOptions): unknown
}
type AddStyles = (zip: ZipLike, model: unknown) => Promise<void>

/** Adds quotePrefix="1" to every cell format using the text number format. */
export function addQuotePrefix(stylesXml: string): string {
  return stylesXml.replace(
    new RegExp(`<xf numFmtId="${TEXT_FORMAT_ID}"(?=[\\s/>])(?![^>]*quotePrefix)`, 'g'),
    `<xf numFmtId="${TEXT_FORMAT_ID}" quotePrefix="1"`,
  )
}

/**
 * Makes `workbook.xlsx.writeBuffer()` emit quotePrefix for text-formatted cells. Returns false when
 * exceljs's internals have changed; the cells are then still text, only without the prefix flag.
 */
export function enableQuotePrefix(workbook: Workbook): boolean {
  const xlsx = workbook.xlsx as unknown as { addStyles?: AddStyles }
  const original = xlsx.addStyles
  if (typeof original !== 'function') return false
  xlsx.addStyles = (zip, model) =>
    original.call(
      xlsx,
      {
        append: (data, options) =>
          zip.append(options.name === 'xl/styles.xml' && typeof data === 'string' ? addQuotePrefix(data) : data, options),
      },
      model,
    )
  return true
}
