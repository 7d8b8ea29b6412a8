/** Inline rich text (text with marks, line breaks) as the PDF's styled runs. */
import { UnsupportedRichNode, type RichInline } from '../../../shared/domain/rich-text'
import { faceFor } from './fonts'
import { type Run } from './layout'

/** Inline content as runs, one per mark combination; a line break is a « \n » run. */
export function runsOf(content: readonly RichInline[] | undefined): Run[] {
  return (content ?? []).map((node) => {
    if (node.type === 'hardBreak') return { text: '\n' }
    if (node.type !== 'text') throw new UnsupportedRichNode((node as { type: string }).type)
    const marks = new Set((node.marks ?? []).map((m) => m.type))
    return { text: node.text, face: faceFor(marks.has('bold'), marks.has('italic')), underline: marks.has('underline') }
  })
}
