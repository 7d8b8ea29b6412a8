import { check } from './check'

/** A CLI command takes its own arguments and returns the exit code. */
export type Command = (args: string[]) => Promise<number> | number

export const commands: Record<string, Command | undefined> = {
  check,
}
