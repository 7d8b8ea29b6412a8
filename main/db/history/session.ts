import { userInfo } from 'node:os'
import type { Db } from '../connection'
import { t } from '../../../shared/i18n/translate'

/**
 * Who writes and which save a write belongs to, per connection. The history triggers read them
 * through SQL functions (history_actor(), history_save(), history_on()), so every write path —
 * the app, the command line, a worker — records them without passing anything along.
 */
interface HistorySession {
  actor: string
  prefix: string
  counter: number
  enabled: boolean
}

const sessions = new WeakMap<Db, HistorySession>()

/** The name used until one is set in Paramètres: the system user, or « Secrétariat ». */
export function defaultActor(): string {
  try {
    const name = userInfo().username.trim()
    if (name) return name
  } catch {
    // No user entry for this process (some containers): fall through to the generic name.
  }
  return t('history.defaultActor')
}

function session(db: Db): HistorySession {
  let found = sessions.get(db)
  if (!found) {
    found = {
      actor: defaultActor(),
      prefix: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      counter: 0,
      enabled: true,
    }
    sessions.set(db, found)
  }
  return found
}

/** Registers the SQL functions the history triggers call. */
export function registerHistoryFunctions(db: Db): void {
  const state = session(db)
  db.function('history_actor', { deterministic: false }, () => state.actor)
  db.function('history_save', { deterministic: false }, () => `${state.prefix}-${state.counter}`)
  db.function('history_on', { deterministic: false }, () => (state.enabled ? 1 : 0))
}

/** Sets the name recorded with the next writes on this connection. */
export function setHistoryActor(db: Db, name: string): void {
  session(db).actor = name.trim() || defaultActor()
}

/** The name recorded with writes on this connection. */
export function historyActor(db: Db): string {
  return session(db).actor
}

/** Starts a new save: the rows written from now on are grouped apart from the earlier ones. */
export function nextSave(db: Db): void {
  session(db).counter += 1
}

/** Runs `fn` without recording history (migrations rewrite rows; that is not a user's change). */
export function withoutHistory<T>(db: Db, fn: () => T): T {
  const state = session(db)
  const was = state.enabled
  state.enabled = false
  try {
    return fn()
  } finally {
    state.enabled = was
  }
}

/** The settings key of the name set in Paramètres (« Votre nom (pour l'historique) »). */
export const ACTOR_SETTING = 'history.user'

/** The name set in Paramètres, or '' when none is. */
export function storedActor(db: Db): string {
  try {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(ACTOR_SETTING) as
      { value: string } | undefined
    return row?.value.trim() ?? ''
  } catch {
    // Before the first migration there is no settings table yet.
    return ''
  }
}

/** Takes the name set in Paramètres (or the default) for the writes of this connection. */
export function loadHistoryActor(db: Db): void {
  setHistoryActor(db, storedActor(db))
}

/** Stops recording history until the returned function is called (loading the example is not a user's change). */
export function pauseHistory(db: Db): () => void {
  const state = session(db)
  const was = state.enabled
  state.enabled = false
  return () => {
    state.enabled = was
  }
}
