/** A CLI command takes its own arguments and returns the exit code. */
export type Command = (args: string[]) => Promise<number> | number

// Each command is imported when it runs: `copil check` or `copil --help` does not load the code
// (and the packages) of `copil export` or `copil demo`.
export const commands: Record<string, Command | undefined> = {
  check: async (args) => (await import('./check')).check(args),
  backup: async (args) => (await import('./backup')).backup(args),
  restore: async (args) => (await import('./backup')).restore(args),
  demo: async (args) => (await import('./demo')).demo(args),
  'import-json': async (args) => (await import('./import-json')).importJson(args),
  'import-plan': async (args) => (await import('./import-plan')).importPlan(args),
  'export-json': async (args) => (await import('./export-json')).exportJson(args),
  progress: async (args) => (await import('./progress')).progress(args),
  decisions: async (args) => (await import('./registers')).decisions(args),
  actions: async (args) => (await import('./registers')).actions(args),
  export: async (args) => (await import('./export')).exportCommand(args),
  adopt: async (args) => (await import('./lifecycle')).adopt(args),
  verify: async (args) => (await import('./lifecycle')).verify(args),
  'parse-participants': async (args) => (await import('./parse-participants')).parseParticipantsCommand(args),
  search: async (args) => (await import('./search')).searchCommand(args),
}
