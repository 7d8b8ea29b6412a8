// Bundles every Node-side entry point (Electron main, preload, CLI, browser preview, bench, background worker) with
// esbuild. Native and file-reading packages stay external: better-sqlite3 loads a .node binary,
// pdfkit and exceljs read their own data files next to their sources.
import { build } from 'esbuild'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'pdfkit', 'exceljs', 'fontkit', 'docx'],
  define: { __COPIL_VERSION__: JSON.stringify(pkg.version) },
}

/** Resolves the Arabic catalogue (shared/i18n/ar) to an empty one, for bundles that only speak French. */
const frenchOnly = {
  name: 'french-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/ar$/ }, (args) => (args.importer.endsWith('shared/i18n/translate.ts') ? { path: 'ar', namespace: 'french-only' } : undefined))
    build.onLoad({ filter: /.*/, namespace: 'french-only' }, () => ({ contents: 'export const ar = {}', loader: 'js' }))
  },
}

await Promise.all([
  build({ ...common, entryPoints: { electron: 'main/electron/main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // A sandboxed preload can only require('electron'): everything else must be inlined.
  build({ ...common, entryPoints: { preload: 'main/electron/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { 'cli-main': 'main/cli/index.ts', web: 'main/web/index.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // `copil check` alone (main/cli/check-entry.ts), a quarter of the size: its messages are French only
  // (the command line never switches language), so the Arabic catalogue is left out of it.
  build({
    ...common,
    entryPoints: { 'cli-check': 'main/cli/check-entry.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    plugins: [frenchOnly],
  }),
  // The bench drives Debian's Chromium through playwright-core, left as a package.
  build({ ...common, external: [...common.external, 'playwright-core'], entryPoints: { bench: 'main/bench/index.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Exports, imports and backup checks run in a worker thread, off the request loop (main/workers/host.ts).
  build({ ...common, entryPoints: { worker: 'main/workers/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
])

// `copil` is a short process run again and again: compiling its 2 MB bundle is a third of `copil
// --help`. This entry turns on Node's compile cache (in the system's temporary folder, or
// NODE_COMPILE_CACHE; a folder that cannot be written only means no cache) before loading it, and
// loads the bundle of `copil check` alone for that command.
mkdirSync('dist/main', { recursive: true })
writeFileSync(
  'dist/main/cli.cjs',
  `'use strict'
// Written by scripts/build-main.mjs: the compile cache first, then the bundled command line.
require('node:module').enableCompileCache?.()
require(process.argv[2] === 'check' ? './cli-check.cjs' : './cli-main.cjs')
`,
)
