/**
 * The « relevé de conclusions » as a Word file (.docx, with the `docx` package): the same
 * structure as the PDF — letterhead, title, header block, participants, agenda, points discussed
 * (with the engagements table), decisions, next steps — in real Word styles (Titre 1, Titre 2,
 * Normal, « Tableau du relevé »), a header with the committee and the date, « Page x / y » in the
 * footer, header rows repeated on each page, and « PROJET » on every page of a draft.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { pdfLabels, releveDirection, releveLanguage } from '../common/labels'
import { preparePrintLogo } from '../common/print-logo'
import { datesTextOf, footerDateOf, placeTextOf } from '../common/releve-text'
import { fill } from '../pdf/strings'
import { bodySections, textParagraph } from './body'
import { frameBidi, paragraphBidi, printed, textRuns, type DocDirection } from './direction'
import { letterhead } from './letterhead'
import { type Block, type WalkState } from './rich'
import { ACCENT, MUTED, SIZE, TABLE_STYLE, externalStyles, numbering, styles } from './styles'

function titleBlock(r: ReleveDocument, dir: DocDirection): Block[] {
  const T = pdfLabels(r)
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.TITLE, ...paragraphBidi(T.title, dir), children: textRuns(T.title) })]
  if (r.title.trim()) out.push(textParagraph(r.title.trim(), dir, { size: SIZE.subtitle }, { alignment: AlignmentType.CENTER, spacing: { after: 240 } }, true))
  const distinct = new Set(r.dates.map((d) => d.date)).size
  const rows: [string, string][] = [
    [distinct > 1 ? T.dateLabel.many : T.dateLabel.one, datesTextOf(r)],
    [T.placeLabel, placeTextOf(r)],
    [T.referenceLabel, r.reference],
  ]
  // Arabic puts no space before the colon.
  const colon = dir.rtl ? ':' : ' :'
  out.push(
    new Table({
      style: TABLE_STYLE,
      ...(dir.rtl ? { visuallyRightToLeft: true } : {}),
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.AUTOFIT,
      rows: rows.map(
        ([label, value]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: 28, type: WidthType.PERCENTAGE },
                children: [textParagraph(`${label}${colon}`, dir, { bold: true, color: ACCENT }, {}, true)],
              }),
              new TableCell({ children: [textParagraph(value, dir, {}, {}, true)] }),
            ],
          }),
      ),
    }),
    new Paragraph({}),
  )
  return out
}

function pageHeader(r: ReleveDocument, dir: DocDirection): Header {
  const T = pdfLabels(r)
  const name = printed(r.committee.name, dir)
  const rest = printed(` · ${T.title} · ${footerDateOf(r)}`, dir)
  const children = [...textRuns(name, { bold: true, color: ACCENT, size: SIZE.header }), ...textRuns(rest, { color: MUTED, size: SIZE.header })]
  if (!r.adopted) children.push(...textRuns(`   ${T.watermark}`, { bold: true, color: 'A4262C', size: SIZE.header + 4 }))
  return new Header({
    children: [new Paragraph({ ...frameBidi(`${name}${rest}`, dir), children, border: { bottom: { style: 'single', size: 4, color: 'C3CCD7', space: 2 } } })],
  })
}

function pageFooter(r: ReleveDocument, dir: DocDirection): Footer {
  const T = pdfLabels(r)
  const left = printed(`${r.reference} — ${fill(T.footer.center, { title: T.title, date: footerDateOf(r) })}`, dir)
  const [before, between, after] = T.footer.page.split(/\{\{\s*page\s*\}\}|\{\{\s*pages\s*\}\}/u)
  const look = { bold: true, color: ACCENT, size: SIZE.header }
  // « Page x / y » (« الصفحة x / y ») around the page fields; the Arabic words in their own right-to-left runs.
  const pageNumber = dir.rtl
    ? [
        ...textRuns(before ?? '', look),
        new TextRun({ ...look, children: [PageNumber.CURRENT] }),
        new TextRun({ ...look, text: between ?? '' }),
        new TextRun({ ...look, children: [PageNumber.TOTAL_PAGES] }),
        ...(after ? textRuns(after, look) : []),
      ]
    : [new TextRun({ ...look, children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''] })]
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: 'single', size: 4, color: 'C3CCD7', space: 2 } },
        tabStops: [{ type: 'right', position: 9000 }],
        // The footer of an Arabic relevé starts on the right; the page number is then on the left.
        ...(dir.rtl ? { bidirectional: true } : {}),
        children: [
          ...textRuns(left, { color: MUTED, size: SIZE.header }),
          new TextRun({ text: '\t', size: SIZE.header }),
          ...(r.adopted ? [] : textRuns(`${T.footer.draft}   `, look)),
          ...pageNumber,
        ],
      }),
    ],
  })
}

/** Renders the relevé; resolves with the bytes of the .docx file. */
export async function renderReleveDocx(r: ReleveDocument): Promise<Buffer> {
  // The logo at its printed size (300 dpi), prepared once per process: letterhead.ts embeds that picture.
  await preparePrintLogo(r.logo)
  const T = pdfLabels(r)
  const state: WalkState = { nextInstance: 1, rtl: releveDirection(r) === 'rtl' }
  const doc = new Document({
    creator: 'Copil',
    title: fill(T.metadata.title, { title: r.title.trim() || r.committee.name, date: footerDateOf(r) }),
    description: fill(T.metadata.subject, { date: footerDateOf(r), committee: r.committee.name }),
    externalStyles,
    styles: styles(releveLanguage(r)),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1300, left: 1250, right: 1250, header: 600, footer: 600 } },
        },
        headers: { default: pageHeader(r, state) },
        footers: { default: pageFooter(r, state) },
        children: [...letterhead(r, state), ...titleBlock(r, state), ...bodySections(r, state)],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
