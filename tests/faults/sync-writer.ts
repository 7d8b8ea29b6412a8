/**
 * Child process of durable-commits.test.ts: saves decisions through the dispatcher, as the editor
 * does, and acknowledges each save on stdout once the call has returned (as the preview answers
 * the page). Run under strace, which records every fsync of every file.
 *
 * Usage: node sync-writer.cjs <db> <meeting-id> <count>
 */
import { writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { startServices } from '../../main/bootstrap'

const [dbPath, meetingText, countText] = process.argv.slice(2)
if (!dbPath || !meetingText || !countText) {
  console.error('usage: sync-writer <db> <meeting-id> <count>')
  process.exit(2)
}

async function main(): Promise<void> {
  const app = startServices({ dbPath: dbPath as string, dataDir: dirname(dbPath as string), transport: 'web' })
  writeSync(1, 'READY\n')
  for (let i = 1; i <= Number(countText); i++) {
    const result = await app.dispatcher.dispatch('decisions/save', {
      meetingId: Number(meetingText),
      text: `Décision confirmée n° ${i}`,
    })
    if (!result.ok) throw new Error(result.error.message)
    writeSync(1, `ACK ${i}\n`)
  }
  app.close()
}

main().catch((error: unknown) => {
  writeSync(1, `FAIL ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(3)
})
