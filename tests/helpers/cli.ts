import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

/** Runs the built `copil` command as a user would (npm test builds it first). */
export function copil(...args: string[]) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'copil.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, COPIL_DB: '' } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Runs the built `copil` command with text on its standard input. */
export function copilWithInput(input: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'copil.cjs'), ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, COPIL_DB: '' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
