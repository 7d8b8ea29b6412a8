import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The built main bundles and renderer, as `npm run build` writes them. */
export const BUILT = {
  electron: resolve('dist/main/electron.cjs'),
  web: resolve('dist/main/web.cjs'),
  rendererIndex: resolve('dist/renderer/index.html'),
}

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

const LOCK = resolve('dist/.copil-test-build-lock')

/** Runs `build` while holding a lock folder, so that two test files never build over each other. */
function withBuildLock(build: () => void): void {
  mkdirSync('dist', { recursive: true })
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      // A lock left by a test run that was killed mid-build is stale after five minutes.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 300_000) rmSync(LOCK, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`build lock held too long: ${LOCK}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
  try {
    build()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}${result.stderr}`)
}

/**
 * Builds the main bundles (scripts/build-main.mjs) when missing or older than main/ and shared/,
 * and the renderer when it is missing, so that a test of the built app never runs stale code.
 */
export function ensureBuilt(options: { renderer?: boolean } = {}): void {
  withBuildLock(() => {
    const sources = Math.max(newestSource('main'), newestSource('shared'), statSync('scripts/build-main.mjs').mtimeMs)
    const stale = [BUILT.electron, BUILT.web].some(
      (bundle) => !existsSync(bundle) || statSync(bundle).mtimeMs < sources,
    )
    if (stale) run(['scripts/build-main.mjs'], 'build-main')
    if (options.renderer && !existsSync(BUILT.rendererIndex))
      run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], 'vite build')
  })
}
