// A stand-in loaded with `node --import` before a built bundle: appends every package the process requires
// (bare names, not relative files or node: built-ins) to the file named by COPIL_RECORD_REQUIRES, one
// a line, as it happens; and a line « --- listening » when the preview prints its address, so that a
// test can tell what was loaded before the server was ready and what was loaded after.
import { appendFileSync } from 'node:fs'
import Module from 'node:module'

const out = process.env.COPIL_RECORD_REQUIRES
if (out) {
  const seen = new Set()
  const original = Module._load
  Module._load = function load(request, ...rest) {
    if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:') && !Module.isBuiltin(request)) {
      const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0]
      if (!seen.has(name)) {
        seen.add(name)
        appendFileSync(out, `${name}\n`)
      }
    }
    return original.call(this, request, ...rest)
  }
  const write = process.stdout.write.bind(process.stdout)
  let listening = false
  process.stdout.write = (chunk, ...rest) => {
    if (!listening && String(chunk).includes('aperçu navigateur')) {
      listening = true
      appendFileSync(out, '--- listening\n')
    }
    return write(chunk, ...rest)
  }
}
