/**
 * Warms the PDF writer once the app is idle after start: loads pdfkit and fontkit, parses the fonts,
 * lays out one small relevé with every face, then the relevé of the latest meeting (the one most
 * likely exported next: its words are then measured and its glyphs known), so that the first export
 * of the session costs what later ones do. Nothing is written; a failure here only means the first
 * export is slower.
 */
import type { ReleveDocument } from '../../shared/domain/releve'
import type { RichParagraph } from '../../shared/domain/rich-text'

/** How long after start the warm-up waits, so that the window's first calls are served first. */
export const WARM_DELAY_MS = 1500

const paragraph = (text: string, mark?: 'bold' | 'italic'): RichParagraph => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(mark ? { marks: [{ type: mark }] } : {}) }],
})

/** A relevé of one page that touches each section and face of the PDF. */
function warmUpReleve(): ReleveDocument {
  return {
    reference: 'COPIL-2020-07-15',
    committee: { name: 'Comité de pilotage', acronym: 'COPIL' },
    title: 'Réunion du comité de pilotage',
    kind: 'ordinaire',
    dates: [{ date: '2020-07-15', startTime: '10:00', endTime: '12:00' }],
    mode: 'presentiel',
    place: 'Rabat',
    videoTool: '',
    adopted: false,
    participants: [{ civility: 'Mme', firstName: 'Amal', lastName: 'Alaoui', organisation: 'Organisation', side: 'administration', status: 'present' }],
    agenda: [
      {
        title: 'Point de l’ordre du jour',
        discussion: { type: 'doc', content: [paragraph('Discussion « ouverte » : 50 %'), paragraph('Important', 'bold'), paragraph('Note', 'italic')] },
        decisions: ['Décision adoptée.'],
      },
    ],
    engagements: [{ number: 1, title: 'Engagement', progress: 50, narrative: 'En cours', replanning: ['Activité 1 : décembre 2020'] }],
    nextSteps: [{ text: 'Prochaine étape', responsible: 'Secrétariat', due: 'fin juillet 2020', status: 'a_faire' }],
  }
}

/** The relevé of the latest meeting, when there is one (read from the database at warm-up time). */
export type LatestReleve = () => Promise<ReleveDocument | undefined>

let warmed: Promise<void> | undefined

/** Loads the PDF writer and renders the warm-up relevés once per process; later calls share the first. */
export function warmPdf(latest?: LatestReleve): Promise<void> {
  warmed ??= (async () => {
    const pdf = await import('./pdf')
    pdf.preloadFonts()
    await pdf.renderRelevePdf(warmUpReleve())
    const releve = await latest?.()
    if (releve) await pdf.renderRelevePdf(releve)
  })()
  return warmed
}

/** Schedules `warmPdf` once the app is idle after start; the timer never keeps the process alive. */
export function warmPdfWhenIdle(latest?: LatestReleve, delayMs = WARM_DELAY_MS): void {
  const timer = setTimeout(() => {
    // The first real export reports any error to the user; here it is only logged.
    warmPdf(latest).catch((error: unknown) => console.warn('[copil] PDF warm-up:', error instanceof Error ? error.message : error))
  }, delayMs)
  timer.unref()
}
