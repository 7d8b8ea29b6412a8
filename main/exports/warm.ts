/**
 * Warms the PDF writer once the app is idle after start: loads pdfkit and fontkit, parses the fonts,
 * lays out one small relevé with every face and every character French text uses (three times, so
 * that its code is optimised), then the relevé of the latest meeting (the one most
 * likely exported next: its words are then measured and its glyphs known), so that the first export
 * of the session costs what later ones do. It runs in the export worker (main/workers/exports.ts
 * schedules it); nothing is written, and a failure here only means the first export is slower.
 */
import type { ReleveDocument } from '../../shared/domain/releve'
import type { RichParagraph } from '../../shared/domain/rich-text'

const paragraph = (text: string, ...marks: ('bold' | 'italic')[]): RichParagraph => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}) }],
})

/** Every letter, digit and sign French text uses: each face then knows its glyphs before a real export. */
const CHARACTERS =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 àâäçéèêëîïôöùûüÿœæ ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ « » “ ” ‘ ’ … – — · • ° % € $ & @ # § ( ) [ ] / \\ * + = < > ! ? ; : , . \' " _ | ~ ^ n° 1er 2e'

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
        discussion: {
          type: 'doc',
          content: [
            paragraph('Discussion « ouverte » : 50 %'),
            paragraph(CHARACTERS),
            paragraph(CHARACTERS, 'bold'),
            paragraph(CHARACTERS, 'italic'),
            paragraph(CHARACTERS, 'bold', 'italic'),
          ],
        },
        decisions: ['Décision adoptée.'],
      },
    ],
    engagements: [{ number: 1, title: 'Engagement', progress: 50, narrative: 'En cours', replanning: ['Activité 1 : décembre 2020'] }],
    nextSteps: [{ text: 'Prochaine étape', responsible: 'Secrétariat', due: 'fin juillet 2020', status: 'a_faire' }],
  }
}

let warmed: Promise<void> | undefined

/**
 * Loads the PDF writer and renders the warm-up relevé once per thread, then `latest` (the relevé of
 * the newest meeting, built by the main thread) each time one is given. Runs in the export worker.
 */
export async function warmPdf(latest?: ReleveDocument): Promise<void> {
  warmed ??= (async () => {
    const pdf = await import('./pdf')
    pdf.preloadFonts()
    // A few runs, so that the code of the layout is optimised as it is after a few real exports.
    for (let run = 0; run < 3; run += 1) await pdf.renderRelevePdf(warmUpReleve())
  })()
  await warmed
  if (latest) await (await import('./pdf')).renderRelevePdf(latest)
}
