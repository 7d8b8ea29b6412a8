/**
 * Vitest runs main's TypeScript sources, but a worker thread needs a file Node can load: the
 * background worker (exports, imports, backup checks) is bundled here from the current sources, as
 * scripts/build-main.mjs bundles it for the app, and main finds it through COPIL_WORKER (the test
 * workers inherit it).
 */
import { build } from 'esbuild'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export default async function setup(): Promise<() => void> {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  const dir = join(process.cwd(), 'test-results', 'workers')
  mkdirSync(dir, { recursive: true })
  // One file per run: two runs in the same folder never load each other's half-written bundle.
  const outfile = join(dir, `worker-${process.pid}.cjs`)
  await build({
    entryPoints: ['main/workers/entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3', 'pdfkit', 'exceljs', 'fontkit', 'docx'],
    define: { __COPIL_VERSION__: JSON.stringify(pkg.version) },
  })
  process.env.COPIL_WORKER = outfile
  return () => rmSync(outfile, { force: true })
}
