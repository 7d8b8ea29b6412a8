/** Destructive operations (restore, `demo --force`) and the other processes that hold the database. */
import { otherHolders, type Holder } from '../../db/holders'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { hostname } from 'node:os'

/** « l’aperçu navigateur de Copil (npm run web) (processus 4242) », in French. */
export function describeHolder(holder: Holder): string {
  const what = t(`backup.holders.${holder.kind}`, { command: holder.command ?? '' })
  if (holder.host !== hostname()) return t('backup.holders.remote', { what, host: holder.host, pid: holder.pid, file: holder.file })
  return t('backup.holders.one', { what, pid: holder.pid })
}

export type ExclusiveAction = 'restore' | 'demo' | 'inApp'

/** Throws a French CONFLICT naming every other live process that holds the database. */
export function assertNoOtherHolder(dbPath: string, action: ExclusiveAction): void {
  const others = otherHolders(dbPath)
  if (others.length === 0) return
  const holders = others.map(describeHolder).join(' ; ')
  throw new AppError('CONFLICT', t(`backup.holders.refused.${action}`, { path: dbPath, holders }))
}

/**
 * Waits until no restore or `demo --force` of another process is replacing the database, so that
 * the app never opens a file about to be swapped; refuses after `timeoutMs`.
 */
export async function waitForDestructive(dbPath: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const busy = otherHolders(dbPath).filter((h) => h.destructive)
    if (busy.length === 0) return
    if (Date.now() > until) throw new AppError('CONFLICT', t('backup.holders.waitTimeout', { holders: busy.map(describeHolder).join(' ; ') }))
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
