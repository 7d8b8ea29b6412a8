import { useEffect, useSyncExternalStore } from 'react'
import { ApiError, call } from '../api/client'
import type { ChannelInput, ChannelName } from '../../shared/api/contract'
import i18next from '../i18n'
import {
  AutosaveStore,
  type AutosaveSnapshot,
  type DraftStorage,
  type SaveOp,
  type SaveProblem,
} from './autosave-store'

// One store per editor (meeting), kept for the whole session: leaving an editor while a save is
// failing keeps retrying it, and reopening the editor shows the same pending state.
const stores = new Map<string, AutosaveStore>()

/** The browser's localStorage, or null where it is unavailable. */
export function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** How the API's errors are retried or shown: refused input stays next to its field, the rest is retried. */
export function classifyApiError(error: unknown): SaveProblem {
  if (error instanceof ApiError) {
    if (error.code === 'INVALID_INPUT' || error.code === 'CONFLICT') {
      return { kind: 'invalid', message: error.message, fields: error.fields }
    }
    if (error.code === 'NOT_FOUND') return { kind: 'gone', message: error.message, fields: {} }
    return { kind: 'retry', message: error.message, fields: {} }
  }
  return { kind: 'retry', message: i18next.t('ui.errors.network'), fields: {} }
}

/** A typed save operation for one channel. */
export function saveOp<C extends ChannelName>(channel: C, input: ChannelInput<C>): SaveOp {
  return { channel, input }
}

/** The session's autosave store for a draft prefix (created on first use). */
export function autosaveFor(draftPrefix: string): AutosaveStore {
  let store = stores.get(draftPrefix)
  if (!store) {
    store = new AutosaveStore({
      send: (op) => call(op.channel as ChannelName, op.input as never),
      classify: classifyApiError,
      storage: browserStorage(),
      draftPrefix,
    })
    stores.set(draftPrefix, store)
  }
  return store
}

/** The save problem of one key, re-rendering only when that key's problem changes (not at every key typed). */
export function useSaveProblem(store: AutosaveStore, key: string): SaveProblem | null {
  return useSyncExternalStore(store.subscribe, () => store.problemOf(key))
}

/** The store's state (status, problems), re-rendering on change. */
export function useAutosaveSnapshot(store: AutosaveStore): AutosaveSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/**
 * Never loses a keystroke: sends pending values when the page is hidden or closed and when the
 * editor goes away (route change), and asks for confirmation before unloading while a save is pending.
 */
export function useAutosaveGuards(store: AutosaveStore, unloadWarning: string): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void store.flush()
    }
    const onPageHide = () => void store.flush()
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.hasPending()) return
      void store.flush()
      // Electron shows no prompt: a prevented unload would silently keep the window open. There the
      // local drafts alone carry the pending edits to the next opening.
      if (window.copil) return
      event.preventDefault()
      // Older engines read the message from returnValue; current ones show their own text.
      event.returnValue = unloadWarning
    }
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('beforeunload', onBeforeUnload)
      void store.flush()
    }
  }, [store, unloadWarning])
}
