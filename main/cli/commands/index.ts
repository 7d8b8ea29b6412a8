import { check } from './check'
import { backup, restore } from './backup'
import { demo } from './demo'
import { importJson } from './import-json'
import { exportJson } from './export-json'
import { progress } from './progress'
import { exportCommand } from './export'
import { parseParticipantsCommand } from './parse-participants'

/** A CLI command takes its own arguments and returns the exit code. */
export type Command = (args: string[]) => Promise<number> | number

export const commands: Record<string, Command | undefined> = {
  check,
  backup,
  restore,
  demo,
  'import-json': importJson,
  'export-json': exportJson,
  progress,
  export: exportCommand,
  'parse-participants': parseParticipantsCommand,
}
