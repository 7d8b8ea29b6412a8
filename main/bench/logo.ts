/** The PDF with the largest logo Paramètres accepts, stored as it is stored (downscaled for print). */
import { PNG } from 'pngjs'
import type { ReleveDocument } from '../../shared/domain/releve'
import { renderRelevePdf } from '../exports/pdf'
import { MAX_LOGO_PIXELS, prepareLogo } from '../services/logo'
import type { BenchRow } from './readme-section'
import { summarise, timeAsync } from './stats'

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

/**
 * At most twice the PDF without the logo, both measured here, alternately (the machine's load
 * drifts alike on both). The first export with the logo prepares it (decoded, downscaled, deflated
 * once per process): timed apart, in the note.
 */
export async function logoRow(demo: ReleveDocument, runs: number): Promise<BenchRow> {
  const { logo: _none, ...plain } = demo
  const withLogo = { ...plain, logo: prepareLogo(largestLogo()) }
  await renderRelevePdf(plain)
  const first = await timeAsync(() => renderRelevePdf(withLogo))
  const without: number[] = []
  const withIt: number[] = []
  for (let i = 0; i < runs; i += 1) {
    // Each order half the time, so that neither always runs right after the other's garbage.
    const pair: [number[], ReleveDocument][] = [
      [without, plain],
      [withIt, withLogo],
    ]
    if (i % 2 === 1) pair.reverse()
    for (const [samples, releve] of pair) samples.push(await timeAsync(() => renderRelevePdf(releve)))
  }
  const base = summarise(without)
  const measured = summarise(withIt)
  return {
    name: 'PDF du relevé type, logo de 4000 × 4000 px',
    budgetMs: Math.round(2 * base.measuredMs * 10) / 10,
    ...measured,
    note: `budget : 2 × le relevé sans logo (${base.measuredMs.toFixed(1)} ms, mesuré en alternance) ; × ${(measured.measuredMs / base.measuredMs).toFixed(2)} ; premier export avec ce logo (préparé une fois par processus) : ${first.toFixed(1)} ms`,
  }
}
