/**
 * The language of the interface, kept in the settings table under 'ui.language' (a preference: it
 * does not make a database « not empty »). Main's messages follow it (see shared/i18n/translate.ts).
 */
import type { Db } from '../db/connection'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages'
import { setLanguage } from '../../shared/i18n/translate'
import { setValidationLanguage } from '../api/zod-messages'

const KEY = 'ui.language'

// Read before every call from the interface: the statement is prepared once per database.
const reads = new WeakMap<Db, ReturnType<Db['prepare']>>()

/** The stored language, French when none was chosen or the stored value is not one we know. */
export function getUiLanguage(db: Db): Language {
  let read = reads.get(db)
  if (!read) {
    read = db.prepare('SELECT value FROM settings WHERE key = ?')
    reads.set(db, read)
  }
  const row = read.get(KEY) as { value: string } | undefined
  return isLanguage(row?.value) ? row.value : DEFAULT_LANGUAGE
}

const listeners = new Set<(language: Language) => void>()

/** Calls `listener` each time the user chooses a language (Electron rebuilds its menu). */
export function onUiLanguageChosen(listener: (language: Language) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Stores the chosen language and makes main speak it at once. */
export function saveUiLanguage(db: Db, language: Language): Language {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, language)
  speak(language)
  for (const listener of listeners) listener(language)
  return language
}

/** Makes main's messages (catalogue and validation) speak the language stored in `db`. */
export function followUiLanguage(db: Db): Language {
  let language: Language = DEFAULT_LANGUAGE
  try {
    if (db.open) language = getUiLanguage(db)
  } catch {
    // A database that cannot be read answers the call itself, with its own message, in French.
  }
  speak(language)
  return language
}

function speak(language: Language): void {
  setLanguage(language)
  setValidationLanguage(language)
}
