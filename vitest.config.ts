import { readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  define: { __COPIL_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/faults/**/*.test.ts'],
    environment: 'node',
    // Bundles the background worker from the current sources (main/workers/host.ts).
    globalSetup: ['tests/setup/worker.ts'],
    testTimeout: 30000,
    hookTimeout: 30000,
    pool: 'forks',
  },
})
