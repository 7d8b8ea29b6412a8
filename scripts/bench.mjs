// `npm run bench [-- options]`: builds, then runs the bench (dist/main/bench.cjs) with the time the
// command started, so that the results say how long the whole command took, build included
// (issue 16: `npm run bench -- --quick` within two minutes).
import { spawnSync } from 'node:child_process'

const started = Date.now()
const windows = process.platform === 'win32'
const build = spawnSync(windows ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: windows })
if (build.status !== 0) process.exit(build.status ?? 1)
const bench = spawnSync(process.execPath, ['dist/main/bench.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, COPIL_BENCH_STARTED: String(started) },
})
process.exit(bench.status ?? 1)
