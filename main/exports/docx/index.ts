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
import { exportStrings } from '../../../shared/i18n/fr/export'
import { datesText, placeText } from '../pdf/front-page'
import { footerDate } from '../pdf/footer'
import { fill, typo } from '../pdf/strings'
import { bodySections } from './body'
import { letterhead } from './letterhead'
import { type Block, type WalkState } from './rich'
import { ACCENT, MUTED, SIZE, TABLE_STYLE, externalStyles, numbering, styles } from './styles'

const T = exportStrings.pdf

function titleBlock(r: ReleveDocument): Block[] {
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(T.title)] })]
  if (r.title.trim()) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: typo(r.title.trim()), size: SIZE.subtitle })],
      }),
    )
  }
  const distinct = new Set(r.dates.map((d) => d.date)).size
  const rows: [string, string][] = [
    [distinct > 1 ? T.dateLabel.many : T.dateLabel.one, datesText(r)],
    [T.placeLabel, placeText(r)],
    [T.referenceLabel, r.reference],
  ]
  out.push(
    new Table({
      style: TABLE_STYLE,
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.AUTOFIT,
      rows: rows.map(
        ([label, value]) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: 28, type: WidthType.PERCENTAGE },
                children: [new Paragraph({ children: [new TextRun({ text: typo(`${label} :`), bold: true, color: ACCENT })] })],
              }),
              new TableCell({ children: [new Paragraph({ children: [new TextRun(typo(value))] })] }),
            ],
          }),
      ),
    }),
    new Paragraph({}),
  )
  return out
}

function pageHeader(r: ReleveDocument): Header {
  const children = [
    new TextRun({ text: typo(r.committee.name), bold: true, color: ACCENT, size: SIZE.header }),
    new TextRun({ text: typo(` · ${T.title} · ${footerDate(r)}`), color: MUTED, size: SIZE.header }),
  ]
  if (!r.adopted) children.push(new TextRun({ text: `   ${T.watermark}`, bold: true, color: 'A4262C', size: SIZE.header + 4 }))
  return new Header({ children: [new Paragraph({ children, border: { bottom: { style: 'single', size: 4, color: 'C3CCD7', space: 2 } } })] })
}

function pageFooter(r: ReleveDocument): Footer {
  const left = typo(`${r.reference} — ${fill(T.footer.center, { title: T.title, date: footerDate(r) })}`)
  const [before, between, after] = T.footer.page.split(/\{\{\s*page\s*\}\}|\{\{\s*pages\s*\}\}/u)
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: 'single', size: 4, color: 'C3CCD7', space: 2 } },
        tabStops: [{ type: 'right', position: 9000 }],
        children: [
          new TextRun({ text: left, color: MUTED, size: SIZE.header }),
          new TextRun({ text: '\t', size: SIZE.header }),
          ...(r.adopted ? [] : [new TextRun({ text: `${T.footer.draft}   `, bold: true, color: ACCENT, size: SIZE.header })]),
          new TextRun({ children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''], bold: true, color: ACCENT, size: SIZE.header }),
        ],
      }),
    ],
  })
}

/** Renders the relevé; resolves with the bytes of the .docx file. */
export async function renderReleveDocx(r: ReleveDocument): Promise<Buffer> {
  const state: WalkState = { nextInstance: 1 }
  const doc = new Document({
    creator: 'Copil',
    title: fill(T.metadata.title, { title: r.title.trim() || r.committee.name, date: footerDate(r) }),
    description: fill(T.metadata.subject, { date: footerDate(r), committee: r.committee.name }),
    externalStyles,
    styles: styles(),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1300, left: 1250, right: 1250, header: 600, footer: 600 } },
        },
        headers: { default: pageHeader(r) },
        footers: { default: pageFooter(r) },
        children: [...letterhead(r), ...titleBlock(r), ...bodySections(r, state)],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
