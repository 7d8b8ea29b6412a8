/**
 * Page 1's letterhead in the Word file, as the PDF prints it: a block at the top left of centred
 * lines under the logo (« Royaume du Maroc » in bold, then the ministry and the department), in
 * black, closed by a short centred rule; then the committee's name on the right above a full-width
 * rule. Plain paragraphs (indents, no table), so that Word keeps them together and a secretariat
 * can restyle them.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { printedLetterhead } from '../../../shared/domain/letterhead'
import { pdfLabels } from '../common/labels'
import { fill } from '../pdf/strings'
import { frameBidi, printed, textRuns, type DocDirection } from './direction'
import { type Block } from './rich'
import { imageSize } from '../../services/image-kind'
import { printLogo } from '../common/print-logo'
import { ACCENT } from './styles'

// Twips: the text width of the A4 page with the margins of index.ts, and the block's width (250 pt).
const TEXT_WIDTH = 11906 - 2 * 1250
const BLOCK = 5000
const RULE_HALF = 440
const BLACK = '000000'

function imageType(bytes: Uint8Array): 'png' | 'jpg' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  return undefined
}

/**
 * The logo fitted in a square of `box` pixels, keeping its proportions: the picture prepared for
 * print (../common/print-logo.ts, 300 dpi at that size), not a 4000-pixel original in every file.
 */
function logoRun(r: ReleveDocument, box: number): ImageRun | undefined {
  const type = r.logo ? imageType(r.logo) : undefined
  if (!r.logo || !type) return undefined
  const prepared = printLogo(r.logo)
  const data = prepared?.file ?? r.logo
  const size = prepared ?? imageSize(Buffer.from(r.logo.buffer, r.logo.byteOffset, r.logo.byteLength))
  const long = size ? Math.max(size.width, size.height) : 0
  const fitted = size && long > 0 ? { width: Math.round((size.width * box) / long), height: Math.round((size.height * box) / long) } : { width: box, height: box }
  return new ImageRun({
    type,
    data,
    transformation: fitted,
    altText: { name: 'logo', title: 'logo', description: fill(pdfLabels(r).metadata.logoAlt, { committee: r.committee.name }) },
  })
}

/**
 * Logo, letterhead lines and committee name, as the first blocks of the body. An Arabic relevé
 * mirrors them: the block at the top right, the committee's name on the left.
 */
export function letterhead(r: ReleveDocument, dir: DocDirection): Block[] {
  const lines = printedLetterhead(r.letterhead)
  // Alignments are physical sides (« left » stays on the left in a right-to-left paragraph).
  const [near, far] = dir.rtl ? ([AlignmentType.RIGHT, AlignmentType.LEFT] as const) : ([AlignmentType.LEFT, AlignmentType.RIGHT] as const)
  const name = printed(r.committee.name, dir)
  const committee = new Paragraph({
    alignment: lines.length > 0 ? far : near,
    spacing: { before: lines.length > 0 ? 60 : 0, after: 200 },
    border: { bottom: { style: 'single', size: 12, color: ACCENT, space: 4 } },
    ...frameBidi(name, dir),
    children: textRuns(name, { bold: true, size: 22, color: ACCENT }),
  })
  if (lines.length === 0) {
    const logo = logoRun(r, 72)
    return [...(logo ? [new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, ...(dir.rtl ? { alignment: near } : {}), children: [logo] })] : []), committee]
  }
  // In a right-to-left paragraph Word and LibreOffice read the indents from the right: the same
  // numbers put the block at the top right of an Arabic relevé.
  const inBlock = { left: 0, right: TEXT_WIDTH - BLOCK }
  const out: Block[] = []
  const logo = logoRun(r, 75)
  // Auto line height: with the document's 1.1 lines LibreOffice clips an inline picture to one line.
  if (logo) out.push(new Paragraph({ alignment: AlignmentType.CENTER, indent: inBlock, ...frameBidi('', dir), spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO }, children: [logo] }))
  lines.forEach((line, k) =>
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: inBlock,
        keepNext: true,
        spacing: { after: k === 0 ? 40 : 20 },
        ...frameBidi(printed(line, dir), dir),
        children: textRuns(printed(line, dir), { bold: k === 0, size: k === 0 ? 23 : 20, color: BLACK }),
      }),
    ),
  )
  // The short rule under the block: an empty paragraph's bottom border, 44 pt wide, centred on it.
  out.push(
    new Paragraph({
      indent: { left: BLOCK / 2 - RULE_HALF, right: TEXT_WIDTH - BLOCK / 2 - RULE_HALF },
      ...frameBidi('', dir),
      spacing: { after: 0, line: 120 },
      border: { bottom: { style: 'single', size: 6, color: BLACK, space: 1 } },
      children: [],
    }),
    committee,
  )
  return out
}
