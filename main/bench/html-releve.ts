/**
 * The relevé as one HTML page, for the bench only: the same content as the PDF (letterhead, title,
 * header, participants, agenda, discussions with rich text and tables, decisions, next steps, the
 * engagements table) with a print style sheet (A4, Noto Sans embedded, running footer), so that
 * Chromium's print-to-PDF can be timed side by side with Copil's PDF writer on the same document.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReleveDecision, ReleveDocument, ReleveParticipant } from '../../shared/domain/releve'
import type { RichBlock, RichDoc, RichInline } from '../../shared/domain/rich-text'
import { common } from '../../shared/i18n/fr/common'
import { exportStrings } from '../../shared/i18n/fr/export'
import { frenchTypography } from '../../shared/text/typography'
import { personName } from '../../shared/text/person-name'
import { SIDES } from '../../shared/domain/vocabulary'

const FACES = [
  ['NotoSans-Regular.ttf', 400, 'normal'],
  ['NotoSans-Bold.ttf', 700, 'normal'],
  ['NotoSans-Italic.ttf', 400, 'italic'],
  ['NotoSans-BoldItalic.ttf', 700, 'italic'],
] as const

/** The @font-face rules of the four Noto Sans faces the PDF embeds, as data URLs (no network). */
export function fontFaces(fontsDir: string): string {
  return FACES.map(
    ([file, weight, style]) =>
      `@font-face{font-family:'Noto Sans Copil';font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${readFileSync(join(fontsDir, file)).toString('base64')}) format('truetype')}`,
  ).join('\n')
}

/** The page box: A4, the PDF's margins, its footer (reference and title left, « Page x / y » right). */
function pageCss(header: string, footer: string): string {
  const text = JSON.stringify(footer)
  return `@page { size: A4; margin: 24mm 22mm 25mm 22mm;
  @top-left { content: ${JSON.stringify(header)}; font: 700 8pt 'Noto Sans Copil'; color: #1f3864 }
  @bottom-left { content: ${text}; font: 8pt 'Noto Sans Copil'; color: #5b6573 }
  @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 700 8pt 'Noto Sans Copil'; color: #5b6573 } }`
}

const PRINT_CSS = `
html { font-family: 'Noto Sans Copil', sans-serif; font-size: 10pt; line-height: 1.5; color: #1a1a1a }
body { margin: 0 }
.letterhead { text-align: center; font-size: 9pt; font-weight: 700; text-transform: uppercase; margin-bottom: 10mm }
h1 { text-align: center; font-size: 21pt; color: #1f3864; margin: 6mm 0 2mm }
.subtitle { text-align: center; font-size: 13pt; margin-bottom: 6mm }
.header { border-top: 0.6pt solid #1f3864; border-bottom: 0.6pt solid #1f3864; padding: 2mm 0; margin-bottom: 6mm }
.header dt { font-weight: 700; float: left; width: 45mm } .header dd { margin: 0 0 1mm 45mm }
h2 { font-size: 13pt; color: #1f3864; border-bottom: 0.6pt solid #c3ccd7; margin: 20pt 0 8pt; break-after: avoid }
h3 { font-size: 10.5pt; margin: 12pt 0 5pt; break-after: avoid }
h4 { font-size: 10pt; margin: 3mm 0 1mm; color: #555; font-weight: 400; break-after: avoid }
p { margin: 0 0 5pt; orphans: 2; widows: 2 }
ul, ol { margin: 0 0 2mm; padding-left: 6mm }
li > p { margin-bottom: 2.5pt }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 9pt }
th, td { border: 0.5pt solid #8aa0ad; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left }
th { background: #e7eef2; font-weight: 700 }
thead { display: table-header-group } tr { break-inside: avoid }
.side { font-weight: 700; margin: 3mm 0 1mm } .participants li { margin: 0 } .participants ul { list-style: none; padding-left: 0 }
.decisions li { margin-bottom: 1.5mm } .note { list-style: none; font-style: italic }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 90pt; color: rgba(193,39,45,0.08); transform: rotate(-35deg); z-index: -1 }
`

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
const t = (text: string): string => escapeHtml(frenchTypography(text))

function inline(nodes: readonly RichInline[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>'
      let html = t(node.text)
      for (const mark of node.marks ?? [])
        html = mark.type === 'bold' ? `<strong>${html}</strong>` : mark.type === 'italic' ? `<em>${html}</em>` : `<u>${html}</u>`
      return html
    })
    .join('')
}

function blocks(nodes: readonly RichBlock[] | undefined): string {
  return (nodes ?? []).map(block).join('')
}

function block(node: RichBlock): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(node.content)}</p>`
    case 'heading':
      return `<h4>${inline(node.content)}</h4>`
    case 'bulletList':
    case 'orderedList': {
      const tagName = node.type === 'bulletList' ? 'ul' : 'ol'
      return `<${tagName}>${(node.content ?? []).map((item) => `<li>${blocks(item.content)}</li>`).join('')}</${tagName}>`
    }
    case 'table': {
      const rows = (node.content ?? []).map((row) => {
        const cells = (row.content ?? []).map((cell) => {
          const tagName = cell.type === 'tableHeader' ? 'th' : 'td'
          const span = `${cell.attrs?.colspan ? ` colspan="${cell.attrs.colspan}"` : ''}${cell.attrs?.rowspan ? ` rowspan="${cell.attrs.rowspan}"` : ''}`
          return `<${tagName}${span}>${blocks(cell.content)}</${tagName}>`
        })
        return `<tr>${cells.join('')}</tr>`
      })
      return `<table>${rows.join('')}</table>`
    }
  }
}

const doc = (d: RichDoc | undefined): string => blocks(d?.content)

function decision(d: ReleveDecision): string {
  if (typeof d === 'string') return `<li>${d.split('\n').map((line) => `<p>${t(line)}</p>`).join('')}</li>`
  return `<li${d.note ? ' class="note"' : ''}>${doc(d.body)}</li>`
}

function participant(p: ReleveParticipant): string {
  const rest = [p.function?.trim() ?? '', p.acronym ? `${p.organisation} (${p.acronym})` : p.organisation].filter(Boolean)
  return `<li><strong>${t(personName(p))}</strong>${rest.map((x) => `, ${t(x)}`).join('')}</li>`
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The relevé as a self-contained HTML page (fonts inline), ready for `page.pdf`. */
export function releveHtml(r: ReleveDocument, fonts: string): string {
  const P = exportStrings.pdf
  const dates = r.dates.map((d) => dateFormat.format(new Date(`${d.date}T00:00:00Z`))).join(', ')
  const present = r.participants.filter((p) => p.status !== 'excuse' && p.status !== 'absent')
  const excused = r.participants.filter((p) => p.status === 'excuse')
  const bySide = SIDES.map((side) => ({ side, people: present.filter((p) => p.side === side) })).filter((g) => g.people.length > 0)
  const E = P.engagements
  const engagementRows = r.engagements.map(
    (e) =>
      `<tr><td>${e.number}. ${t(e.title)}</td><td><p>${t(e.progress === null ? E.noProgress : e.progress >= 100 ? E.complete : E.progress.replace('{{percent}}', String(e.progress)))}</p>${e.narrative
        .split('\n')
        .map((line) => `<p>${t(line)}</p>`)
        .join('')}</td><td>${e.replanning.map((line) => `<p>${t(line)}</p>`).join('') || E.none}</td></tr>`,
  )
  const steps = r.nextSteps.map(
    (s, i) => `<tr><td>${i + 1}</td><td>${t(s.text)}${doc(s.details)}</td><td>${t(s.responsible)}</td><td>${t(s.due)}</td></tr>`,
  )
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${t(r.title)}</title><style>${fonts}\n${pageCss(frenchTypography(r.committee.name), frenchTypography(`${r.reference} — ${P.title} du ${dates}`))}\n${PRINT_CSS}</style></head><body>
${r.adopted ? '' : `<div class="watermark">${P.watermark}</div>`}
<div class="letterhead">${(r.letterhead ?? []).map((line) => `<div>${t(line)}</div>`).join('')}</div>
<h1>${P.title}</h1><div class="subtitle">${t(r.title)}</div>
<dl class="header"><dt>${r.dates.length > 1 ? P.dateLabel.many : P.dateLabel.one}</dt><dd>${t(dates)}</dd><dt>${P.placeLabel}</dt><dd>${t(r.place || P.placeUnknown)}</dd><dt>${P.referenceLabel}</dt><dd>${t(r.reference)}</dd></dl>
<h2>${P.sections.participants}</h2><div class="participants">${bySide.map((g) => `<div class="side">${common.sidesPlural[g.side]}</div><ul>${g.people.map(participant).join('')}</ul>`).join('')}</div>
${excused.length ? `<h2>${P.sections.excused}</h2><div class="participants"><ul>${excused.map(participant).join('')}</ul></div>` : ''}
<h2>${P.sections.agenda}</h2><ol>${r.agenda.map((a) => `<li>${t(a.title)}${a.presenter ? ` — ${t(P.agenda.presentedBy.replace('{{name}}', a.presenter))}` : ''}</li>`).join('')}</ol>
<h2>${P.sections.discussion}</h2>${doc(r.introduction)}
${r.agenda.map((a) => `<h3>${t(a.discussionHeading ?? a.title)}</h3>${doc(a.discussion) || `<p>${P.agenda.noDiscussion}</p>`}`).join('\n')}
<table><caption>${E.caption}</caption><thead><tr><th>${E.columns.engagement}</th><th>${E.columns.progress}</th><th>${E.columns.replanning}</th></tr></thead><tbody>${engagementRows.join('')}</tbody></table>
<h2>${P.sections.decisions}</h2>
${r.agenda
  .filter((a) => a.decisions.length > 0)
  .map((a) => `<h3>${t(a.decisionsHeading ?? a.title)}</h3><ol class="decisions">${a.decisions.map(decision).join('')}</ol>`)
  .join('\n')}
${r.otherDecisions?.length ? `<h3>${P.sections.otherDecisions}</h3><ol class="decisions">${r.otherDecisions.map(decision).join('')}</ol>` : ''}
<h2>${P.sections.nextSteps}</h2><table><thead><tr><th>${P.nextSteps.columns.number}</th><th>${P.nextSteps.columns.text}</th><th>${P.nextSteps.columns.responsible}</th><th>${P.nextSteps.columns.due}</th></tr></thead><tbody>${steps.join('')}</tbody></table>
</body></html>`
}
