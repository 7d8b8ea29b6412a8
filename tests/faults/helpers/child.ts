/**
 * Child processes for the fault tests: a TypeScript entry bundled by esbuild with the options of
 * scripts/build-main.mjs, then run by the same Node as the tests (Node 22, from node_modules).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }

/** Bundles `entry` into test-results/faults-bin/<name>.cjs (inside the repository, so better-sqlite3 resolves). */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outDir = join(process.cwd(), 'test-results', 'faults-bin')
  mkdirSync(outDir, { recursive: true })
  const outfile = join(outDir, `${name}.cjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
    external: ['electron', 'better-sqlite3', 'pdfkit', 'exceljs'],
    define: { __COPIL_VERSION__: JSON.stringify(pkg.version) },
  })
  return outfile
}

export interface RunningChild {
  child: ChildProcess
  /** Everything the child wrote on stdout so far. */
  stdout(): string
  stderr(): string
  /** Resolves when a line equal to `line` has been written (or rejects when the child exits first). */
  waitForLine(line: string, timeoutMs?: number): Promise<void>
  /** Resolves once `count` lines starting with `prefix` have been written (or rejects when the child exits first). */
  waitForCount(prefix: string, count: number, timeoutMs?: number): Promise<void>
  /** Resolves with the exit code and signal once the child has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Starts a bundled child with the tests' own Node. */
export function runChild(script: string, args: string[]): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  )
  const waitFor = (what: string, done: () => boolean, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now()
      const poll = () => {
        if (done()) return resolve()
        if (child.exitCode !== null || child.signalCode !== null)
          return reject(new Error(`child ended before « ${what} »: ${err}`))
        if (Date.now() - started > timeoutMs) return reject(new Error(`no « ${what} » after ${timeoutMs} ms: ${err}`))
        setTimeout(poll, 2)
      }
      poll()
    })
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLine: (line, timeoutMs = 15_000) => waitFor(line, () => out.split('\n').includes(line), timeoutMs),
    waitForCount: (prefix, count, timeoutMs = 30_000) =>
      waitFor(
        `${count} × ${prefix}`,
        () => out.split('\n').filter((l) => l.startsWith(prefix)).length >= count,
        timeoutMs,
      ),
  }
}
