/**
 * The look of the relevé: A4, print margins, a calm navy accent, Noto Sans at reading sizes.
 * One place for every measure so that pages stay consistent.
 */

/** A4 portrait in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const

/** Print margins (≈ 22 mm sides, 24 mm top and bottom); header and footer live inside them. */
export const MARGINS = { top: 68, bottom: 70, left: 62, right: 62 } as const

export const COLORS = {
  text: '#1A1A1A',
  muted: '#5B6573',
  accent: '#1F3864',
  rule: '#C3CCD7',
  ruleStrong: '#1F3864',
  tableBorder: '#B9C3CF',
  watermark: '#E4E7EB',
  band: {
    none: '#5B6573',
    nonCommence: '#A4262C',
    limite: '#9A4D00',
    important: '#1F4E8C',
    termine: '#1D6B35',
  },
} as const

export const SIZES = {
  body: 10,
  small: 8.5,
  table: 9,
  tableSmall: 8,
  title: 21,
  subtitle: 13,
  h2: 13,
  h3: 10.5,
  h4: 10,
  masthead: 10,
  header: 8,
  footer: 8,
  watermark: 120,
} as const

/** Extra space between lines of running text, in points. */
export const LINE_GAP = 1.5

export const SPACING = {
  paragraph: 5,
  listItem: 2.5,
  h2Before: 20,
  h2After: 8,
  h3Before: 12,
  h3After: 5,
  block: 8,
} as const

/** Horizontal room for a list label (« • », « 12. »), per level. */
export const LIST_INDENT = 17
