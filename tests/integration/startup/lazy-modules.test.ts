import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT, ensureBuilt } from '../../helpers/built'
import { tempDir } from '../../helpers/temp'

// The heavy packages of the exports: together about a second of loading, which a process that never
// exports must not pay (issue 16 #3). Each run below loads the built bundle under a stand-in that
// records every package the process requires (tests/helpers/record-requires.mjs).
const HEAVY = ['pdfkit', 'fontkit', 'exceljs', 'docx']
const RECORDER = pathToFileURL(resolve('tests/helpers/record-requires.mjs')).href
const CLI = resolve('bin/copil.cjs')

function recorded(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line !== '') : []
}

/** Runs `copil …` like a user, and returns the packages it required. */
function copilRequires(...args: string[]): { code: number | null; stderr: string; required: string[] } {
  const out = join(tempDir(), 'requires.txt')
  const run = spawnSync(process.execPath, ['--import', RECORDER, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COPIL_DB: '', COPIL_RECORD_REQUIRES: out },
  })
  return { code: run.status, stderr: run.stderr, required: recorded(out) }
}

describe('start-up loads only what it uses', () => {
  // One demo database for the whole file (tempDir() folders go after each test).
  const shared = mkdtempSync(join(tmpdir(), 'copil-lazy-'))
  const db = join(shared, 'copil.sqlite')
  afterAll(() => rmSync(shared, { recursive: true, force: true }))
  beforeAll(() => {
    ensureBuilt()
    const demo = spawnSync(process.execPath, [CLI, 'demo', '--db', db], { encoding: 'utf8', env: { ...process.env, COPIL_DB: '' } })
    expect(demo.status, demo.stderr).toBe(0)
  })

  it('copil --help loads none of the export packages', () => {
    const run = copilRequires('--help')
    expect(run.code).toBe(0)
    expect(run.required.filter((name) => HEAVY.includes(name))).toEqual([])
  })

  it('copil check loads none of the export packages', () => {
    const run = copilRequires('check', '--db', db)
    expect(run.code, run.stderr).toBe(0)
    expect(run.required).toContain('better-sqlite3')
    expect(run.required.filter((name) => HEAVY.includes(name))).toEqual([])
  })

  it('copil export loads the PDF packages for a PDF, and exceljs only for a workbook', () => {
    const dir = tempDir()
    const pdf = copilRequires('export', '--db', db, '--meeting', '1', '--format', 'pdf', '--out', join(dir, 'releve.pdf'))
    expect(pdf.code, pdf.stderr).toBe(0)
    expect(pdf.required).toEqual(expect.arrayContaining(['pdfkit', 'fontkit']))
    expect(pdf.required).not.toContain('exceljs')
    expect(pdf.required).not.toContain('docx')
    const word = copilRequires('export', '--db', db, '--meeting', '1', '--format', 'docx', '--out', join(dir, 'releve.docx'))
    expect(word.code, word.stderr).toBe(0)
    expect(word.required).toContain('docx')
    expect(word.required).not.toContain('exceljs')
  })

  it('the preview starts without the export packages, then warms the PDF writer once idle', async () => {
    const dir = tempDir()
    const out = join(dir, 'requires.txt')
    const server = spawn(process.execPath, ['--import', RECORDER, BUILT.web, '--port', '0', '--db', db], {
      env: { ...process.env, COPIL_DATA_DIR: dir, COPIL_RECORD_REQUIRES: out },
      stdio: 'ignore',
    })
    try {
      await expect.poll(() => recorded(out), { timeout: 60_000, interval: 200 }).toEqual(expect.arrayContaining(['--- listening', 'pdfkit', 'fontkit']))
    } finally {
      server.kill('SIGKILL')
    }
    const lines = recorded(out)
    const beforeReady = lines.slice(0, lines.indexOf('--- listening'))
    expect(beforeReady.filter((name) => HEAVY.includes(name))).toEqual([])
    expect(lines).not.toContain('exceljs')
  })
})
