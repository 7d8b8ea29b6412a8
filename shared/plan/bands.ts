/**
 * The progress scale of the action plan — Non commencé (0 %), Limité (1-59 %), Important (60-89 %),
 * Terminé (90-100 %) — and the one place where a progress figure is rounded for display.
 */

export const PROGRESS_BANDS = ['non_commence', 'limite', 'important', 'termine'] as const
export type ProgressBand = (typeof PROGRESS_BANDS)[number]

/** Lower bound (inclusive) of the « Important » band, in percent. */
export const IMPORTANT_FROM = 60
/** Lower bound (inclusive) of the « Terminé » band, in percent. */
export const TERMINE_FROM = 90

/** Band of an unrounded percentage: 0 → non_commence, ]0, 60[ → limite, [60, 90[ → important, ≥ 90 → termine. */
export function progressBand(percent: number): ProgressBand {
  // The scale's « 1-59 » is written for whole numbers; on real numbers any progress at all is
  // « limité », so 0.4 % is not « non commencé ». NaN and negatives count as no progress.
  if (!(percent > 0)) return 'non_commence'
  if (percent < IMPORTANT_FROM) return 'limite'
  if (percent < TERMINE_FROM) return 'important'
  return 'termine'
}

/** Whole percentage shown to users, rounded to the nearest integer but kept inside its band's range. */
export function displayPercent(percent: number): number {
  const band = progressBand(percent)
  if (band === 'non_commence') return 0
  const rounded = Math.round(Math.min(percent, 100))
  // Plain rounding would print « 0 % » next to « Limité » for 0.4 %, « 60 % » next to « Limité »
  // for 59.6 % or « 100 % » for an unfinished 99.6 %: the number shown must never contradict the
  // band shown beside it, so it is clamped to the whole numbers the scale gives that band.
  switch (band) {
    case 'limite':
      return clamp(rounded, 1, IMPORTANT_FROM - 1)
    case 'important':
      return clamp(rounded, IMPORTANT_FROM, TERMINE_FROM - 1)
    case 'termine':
      return percent >= 100 ? 100 : clamp(rounded, TERMINE_FROM, 99)
  }
}

/** « 72 % »: the display percentage followed by a non-breaking space and « % ». */
export function formatPercent(percent: number): string {
  return `${displayPercent(percent)}\u00a0%`
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
