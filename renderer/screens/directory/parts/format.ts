import { formatLongDate } from '../../../dates'

/** « Mme Prénom NOM »: the one formatter of the app and the exports, surname in capitals. */
export { personName } from '../../../../shared/text/person-name'

/** « 1er mars 2024 », or an empty string for no date. */
export function shortDate(iso: string | null): string {
  return iso ? formatLongDate(iso, { weekday: false }) : ''
}

/** Today as yyyy-mm-dd in the local calendar (mandates are calendar dates). */
export function todayIso(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Folds accents and case so that a filter typed « societe » finds « Société ». */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr')
}
