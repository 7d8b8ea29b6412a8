/** The PDF with the largest logo Paramètres accepts, stored as it is stored (downscaled for print). */
import { PNG } from 'pngjs'
import type { ReleveDocument } from '../../shared/domain/releve'
import { renderRelevePdf } from '../exports/pdf'
import { MAX_LOGO_PIXELS, prepareLogo } from '../services/logo'
import type { BenchRow } from './readme-section'
import { measure } from './stats'

const BANDS = [
  [11, 79, 108],
  [193, 39, 45],
  [33, 131, 79],
  [242, 193, 78],
]

/** A logo of the largest size accepted, in bands of colour. */
export function largestLogo(): Buffer {
  const png = new PNG({ width: MAX_LOGO_PIXELS, height: MAX_LOGO_PIXELS })
  for (let y = 0; y < MAX_LOGO_PIXELS; y++) {
    const colour = BANDS[Math.floor((y * BANDS.length) / MAX_LOGO_PIXELS)] ?? [0, 0, 0]
    for (let x = 0; x < MAX_LOGO_PIXELS; x++) png.data.set([...colour, 255], (y * MAX_LOGO_PIXELS + x) * 4)
  }
  return PNG.sync.write(png)
}

/** At most twice the PDF without the logo, both measured here. */
export async function logoRow(demo: ReleveDocument, runs: number): Promise<BenchRow> {
  const { logo: _none, ...plain } = demo
  const without = await measure(runs, () => renderRelevePdf(plain))
  const withLogo = { ...plain, logo: prepareLogo(largestLogo()) }
  const measured = await measure(runs, () => renderRelevePdf(withLogo))
  return {
    name: 'PDF du relevé type, logo de 4000 × 4000 px',
    budgetMs: Math.round(2 * without.measuredMs * 10) / 10,
    ...measured,
    note: `budget : 2 × le relevé sans logo (${without.measuredMs.toFixed(1)} ms) ; × ${(measured.measuredMs / without.measuredMs).toFixed(2)}`,
  }
}
