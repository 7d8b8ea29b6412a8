/**
 * « Points discutés » as the plain text of one spreadsheet cell: paragraphs on their own lines,
 * « • » bullets (« – » on the second level), items numbered « 1. » (« a) » on the second level) as
 * in the PDF (main/exports/pdf/list.ts), table rows as « a | b | c ».
 * Kept local to the Excel export until shared/domain/rich-text.ts offers the same conversion.
 */
import { inlineText, type RichBlock, type RichDoc, type RichList } from '../../../shared/domain/rich-text'

/** Plain text of a rich document, one line per paragraph, list item or table row. */
export function richToPlainText(doc: RichDoc): string {
  const lines: string[] = []
  for (const block of doc.content ?? []) blockLines(block, lines)
  // Editors leave empty paragraphs at the end; they would only make the cell taller.
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop()
  return lines.join('\n')
}

function blockLines(block: RichBlock, lines: string[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      lines.push(inlineText(block.content))
      return
    case 'bulletList':
    case 'orderedList':
      listLines(block, 0, lines)
      return
    case 'table':
      for (const row of block.content ?? []) {
        const cells = (row.content ?? []).map((cell) =>
          (cell.content ?? []).map((p) => inlineText(p.content)).join(' '),
        )
        lines.push(cells.join(' | '))
      }
      return
  }
}

function listLines(list: RichList, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth)
  ;(list.content ?? []).forEach((item, index) => {
    const marker = listMarker(list.type, depth, index)
    let first = true
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph') {
        // Only the item's first paragraph carries the marker; later ones align under its text.
        lines.push(`${indent}${first ? marker : ' '.repeat(marker.length)} ${inlineText(child.content)}`)
        first = false
      } else {
        listLines(child, depth + 1, lines)
      }
    }
  })
}

function listMarker(type: RichList['type'], depth: number, index: number): string {
  if (type === 'bulletList') return depth === 0 ? '•' : '–'
  return depth === 0 ? `${index + 1}.` : `${String.fromCharCode(97 + (index % 26))})`
}
