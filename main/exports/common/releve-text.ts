/**
 * The relevé's composed phrases in its own language, for the Word file and the workbook (and the
 * PDF, which may call them): the dates, the place, the footer's date, the progress of an engagement
 * and a participant's line with the civility printed in the document's language.
 */
import { type ReleveDocument, type ReleveParticipant } from '../../../shared/domain/releve'
import { capitalizeFirst } from '../../../shared/text/french-dates'
import { foldText } from '../../../shared/text/fold'
import { personName } from '../../../shared/text/person-name'
import { fill, organisationText } from '../pdf/strings'
import { meetingDatesText, pdfLabels, vocabulary } from './labels'

type Lang = Pick<ReleveDocument, 'language'>

/** « Mercredi 15 juillet 2020 » / « الأربعاء 15 يوليوز 2020 », capitalised as it opens a line. */
export function datesTextOf(r: Lang & Pick<ReleveDocument, 'dates'>): string {
  return capitalizeFirst(meetingDatesText(r, r.dates))
}

/** The meeting date as the header and footer print it: « 15 juillet 2020 » / « 15 يوليوز 2020 ». */
export function footerDateOf(r: Lang & Pick<ReleveDocument, 'dates'>): string {
  return meetingDatesText(
    r,
    r.dates.map((d) => ({ date: d.date })),
    { weekday: false },
  )
}

/** The place line: the place, the remote or hybrid mode (with its tool), in the document's language. */
export function placeTextOf(r: Lang & Pick<ReleveDocument, 'mode' | 'place' | 'videoTool'>): string {
  const T = pdfLabels(r)
  const place = r.place.trim()
  // « visioconférence » as the tool would only repeat the sentence.
  const tool = /^visio[- ]?conf[ée]rence$/iu.test(r.videoTool.trim()) ? '' : r.videoTool.trim()
  const remote = tool ? fill(T.remoteWithTool, { tool }) : T.remote
  switch (r.mode) {
    case 'distance':
      if (!place) return remote
      // A place that already says the meeting was remote is printed as typed.
      if (/distance|visio|en ligne|webinaire|عن بعد|التناظر/iu.test(foldText(place))) return place
      return tool ? fill(T.remoteAtWithTool, { place, tool }) : fill(T.remoteAt, { place })
    case 'hybride':
      if (!place) return remote
      return tool ? fill(T.hybridWithTool, { place, tool }) : fill(T.hybrid, { place })
    case 'presentiel':
      return place || T.placeUnknown
  }
}

/** « Avancement 70 % » / « نسبة التقدم 70% », the completed sentence at 100, or « not reported ». */
export function progressLabelOf(r: Lang, progress: number | null): string {
  const L = pdfLabels(r).engagements
  if (progress === null || !Number.isFinite(progress)) return L.noProgress
  const pct = Math.round(Math.min(100, Math.max(0, progress)))
  return pct >= 100 ? L.complete : fill(L.progress, { percent: pct })
}

/** The civility as the document prints it (« Mme » / « السيدة »); one typed otherwise is kept. */
export function civilityOf(r: Lang, civility: string | null | undefined): string {
  const known = vocabulary(r).civilities as Record<string, string>
  return civility ? (known[civility] ?? civility) : ''
}

/**
 * « Mme Prénom NOM », then « , Fonction, Organisation (ACRONYME) » and « représentée par … » or
 * « (invitée) », in the document's language (« السيدة … ، … »).
 */
export function participantLineOf(r: Lang, p: ReleveParticipant): { name: string; rest: string } {
  const labels = pdfLabels(r).participants
  const comma = r.language === 'ar' ? '، ' : ', '
  const parts = [p.function?.trim() ?? '', organisationText(p)].filter(Boolean)
  let rest = parts.map((x) => `${comma}${x}`).join('')
  if (p.status === 'represente' && p.representedBy?.trim()) {
    rest += `${comma}${fill(labels.representedBy[p.civility], { name: p.representedBy.trim() })}`
  }
  if (p.status === 'invite') rest += ` ${labels.guest[p.civility]}`
  return { name: personName({ ...p, civility: civilityOf(r, p.civility) }), rest }
}
