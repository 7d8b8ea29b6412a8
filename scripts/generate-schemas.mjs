// Writes docs/plan-format.schema.json, the JSON Schema of the plan interchange file, from the zod
// schema in shared/interchange/plan-format.ts (z.toJSONSchema). Run it after changing the format:
//   node scripts/generate-schemas.mjs          # rewrites the file
//   node scripts/generate-schemas.mjs --check  # exit 1 when the committed file is stale
// tests/unit/interchange/plan-schema.test.ts fails too when the committed file is stale.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const target = new URL('../docs/plan-format.schema.json', import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'copil-schemas-'))
try {
  const bundle = join(dir, 'plan-format.mjs')
  // The schema is TypeScript: bundle it (with zod) into one ES module, then import it.
  await build({
    entryPoints: [new URL('../shared/interchange/plan-format.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
  })
  const { planFormatJsonSchema } = await import(pathToFileURL(bundle).href)
  const text = `${JSON.stringify(planFormatJsonSchema(), null, 2)}\n`
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // missing file: stale
    }
    const same = current !== '' && JSON.stringify(JSON.parse(current)) === JSON.stringify(JSON.parse(text))
    if (!same) {
      console.error('docs/plan-format.schema.json est périmé : lancez « node scripts/generate-schemas.mjs ».')
      process.exit(1)
    }
    console.log('docs/plan-format.schema.json est à jour.')
  } else {
    writeFileSync(target, text)
    console.log('docs/plan-format.schema.json écrit.')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
