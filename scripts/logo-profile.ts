/**
 * Profiling aid for the logo of the PDF (not part of the app or the bench): renders the demo relevé
 * without a logo and with the largest logo Paramètres accepts (stored as it is stored), alternating,
 * and prints median times. Bundle it as scripts/pdf-profile.ts says, then:
 *
 *   npx node /tmp/logo-profile.cjs [runs]
 *   npx node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/logo-profile.cjs 20
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startServices } from '../main/bootstrap'
import { buildReleve } from '../main/services/releve/build-releve'
import { renderRelevePdf } from '../main/exports/pdf'
import { largestLogo } from '../main/bench/logo'
import { prepareLogo } from '../main/services/logo'
import type { ReleveDocument } from '../shared/domain/releve'

async function demoReleve(dir: string): Promise<ReleveDocument> {
  const demo = startServices({ dbPath: join(dir, 'demo.sqlite'), dataDir: dir, transport: 'web' })
  try {
    const loaded = await demo.dispatcher.dispatch('demo/load', {})
    if (!loaded.ok) throw new Error(`demo/load: ${loaded.error.message}`)
    return await buildReleve(demo.ctx, (loaded.value as { meetingId: number }).meetingId)
  } finally {
    demo.close()
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10)
  const dir = mkdtempSync(join(tmpdir(), 'copil-logoprof-'))
  const now = new Date('2020-07-20T10:00:00Z')
  try {
    const { logo: _none, ...plain } = await demoReleve(dir)
    const withLogo = { ...plain, logo: prepareLogo(largestLogo()) }
    await renderRelevePdf(plain, { now })
    await renderRelevePdf(withLogo, { now })
    const times: Record<'plain' | 'logo', number[]> = { plain: [], logo: [] }
    for (let i = 0; i < runs; i++) {
      for (const [name, r] of [['plain', plain], ['logo', withLogo]] as const) {
        const t = performance.now()
        const pdf = await renderRelevePdf(r, { now })
        times[name].push(performance.now() - t)
        if (i === 0 && process.env.LOGO_PROFILE_WRITE) writeFileSync(join(process.env.LOGO_PROFILE_WRITE, `${name}.pdf`), pdf)
      }
    }
    const p = median(times.plain)
    const l = median(times.logo)
    console.log(JSON.stringify({ plainMs: Math.round(p * 10) / 10, logoMs: Math.round(l * 10) / 10, ratio: Math.round((l / p) * 100) / 100 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
