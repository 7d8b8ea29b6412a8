/**
 * The fixed words of a relevé's documents in the relevé's own language (« fr » unless the meeting
 * is set to Arabic): PDF and Word labels, workbook labels, the printed vocabulary, dates, and the
 * writing direction. Every exporter takes its labels from here, never from a French file directly.
 */
import type { ReleveDocument } from '../../../shared/domain/releve'
import { exportStrings as frExport } from '../../../shared/i18n/fr/export'
import { exportXlsxStrings as frXlsx } from '../../../shared/i18n/fr/export-xlsx'
import { exportStrings as arExport } from '../../../shared/i18n/ar/export'
import { exportXlsxStrings as arXlsx } from '../../../shared/i18n/ar/export-xlsx'
import { formatLongDateIn, formatMeetingDatesIn } from '../../../shared/text/dates'
import type { MeetingDateInput } from '../../../shared/text/french-dates'

type DocLanguage = 'fr' | 'ar'

/** The relevé's language: Arabic only when it says so. */
export function releveLanguage(r: Pick<ReleveDocument, 'language'>): DocLanguage {
  return r.language === 'ar' ? 'ar' : 'fr'
}

/** « rtl » for an Arabic relevé: pages, tables and sheets laid right to left. */
export function releveDirection(r: Pick<ReleveDocument, 'language'>): 'ltr' | 'rtl' {
  return releveLanguage(r) === 'ar' ? 'rtl' : 'ltr'
}

/** PDF and Word labels (« Relevé de conclusions », « Ordre du jour », « Page x / y »…). */
export function pdfLabels(r: Pick<ReleveDocument, 'language'>): typeof frExport.pdf {
  return (releveLanguage(r) === 'ar' ? arExport.pdf : frExport.pdf) as typeof frExport.pdf
}

/** Civilities, sides, attendance and statuses as the documents print them. */
export function vocabulary(r: Pick<ReleveDocument, 'language'>): typeof frExport.vocabulary {
  return (releveLanguage(r) === 'ar' ? arExport.vocabulary : frExport.vocabulary) as typeof frExport.vocabulary
}

/** « Suivi des actions précédentes », its sheet and columns. */
export function followUpLabels(r: Pick<ReleveDocument, 'language'>): typeof frExport.followUps {
  return (releveLanguage(r) === 'ar' ? arExport.followUps : frExport.followUps) as typeof frExport.followUps
}

/** The workbook's labels. */
export function xlsxLabels(r: Pick<ReleveDocument, 'language'>): typeof frXlsx {
  return (releveLanguage(r) === 'ar' ? arXlsx : frXlsx) as typeof frXlsx
}

/** The meeting's dates in the document's language (Moroccan month names in Arabic, Western digits). */
export function meetingDatesText(r: Pick<ReleveDocument, 'language'>, dates: readonly MeetingDateInput[], options: { weekday?: boolean } = {}): string {
  return formatMeetingDatesIn(releveLanguage(r), dates, options)
}

/** One date in the document's language. */
export function longDateText(r: Pick<ReleveDocument, 'language'>, iso: string, options: { weekday?: boolean } = {}): string {
  return formatLongDateIn(releveLanguage(r), iso, options)
}
