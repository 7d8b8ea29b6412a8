import type { MessageBoxOptions } from 'electron'
import { t } from '../../shared/i18n/translate'

/** Only https links may leave the app, and never with credentials or to a bare name on the local network. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname.includes('.')
    )
  } catch {
    return false
  }
}

/** The question asked before a link leaves the app; the safe answer (Annuler) is the default. */
export function linkQuestion(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: [t('desktop.link.open'), t('desktop.link.cancel')],
    defaultId: 1,
    cancelId: 1,
    title: t('desktop.link.title'),
    message: t('desktop.link.message'),
    detail: url,
  }
}

export interface LinkDeps {
  /** Shows the question; resolves with the index of the button pressed. */
  ask(options: MessageBoxOptions): Promise<{ response: number }>
  /** Hands the URL to the system browser. */
  open(url: string): Promise<void>
}

/**
 * A link the page tries to follow opens in the system browser only if it is https and the user
 * agrees; anything else is dropped without asking. Returns whether the browser was asked to open it.
 */
export async function openExternalAfterConfirmation(url: string, deps: LinkDeps): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  const { response } = await deps.ask(linkQuestion(url))
  if (response !== 0) return false
  await deps.open(url)
  return true
}
