import type { Db } from '../../db/connection'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { ACTOR_MAX_CHARS, type HistoryActor } from '../../../shared/domain/history'
import { ACTOR_SETTING, defaultActor, setHistoryActor, storedActor } from '../../db/history/session'
import { purgeTrash } from '../../db/repos/history/trash'

/** The name recorded with each change and the one used when none is set. */
export function getActor(db: Db): HistoryActor {
  return { name: storedActor(db), defaultName: defaultActor() }
}

/** Saves the name set in Paramètres and records the next changes under it; blank returns to the default. */
export function setActor(db: Db, name: string): HistoryActor {
  const clean = name.trim().replace(/\s+/g, ' ')
  const length = [...clean].length
  if (length > ACTOR_MAX_CHARS) {
    const message = t('history.settings.tooLong', { length, max: ACTOR_MAX_CHARS })
    throw new AppError('INVALID_INPUT', message, { name: message })
  }
  db.transaction(() => {
    if (clean) {
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(ACTOR_SETTING, clean)
    } else {
      db.prepare('DELETE FROM settings WHERE key = ?').run(ACTOR_SETTING)
    }
  })()
  setHistoryActor(db, clean)
  return getActor(db)
}

const DAY_MS = 24 * 3600 * 1000

/**
 * Forgets the « Corbeille » items older than 30 days now and once a day while the app runs; the
 * database is read from `current()` each time, since a restored backup replaces it.
 */
export function scheduleTrashPurge(current: () => Db, now: () => Date = () => new Date()): () => void {
  const purge = () => {
    const db = current()
    if (db.open) purgeTrash(db, now())
  }
  purge()
  const timer = setInterval(purge, DAY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
