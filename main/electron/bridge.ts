import { CHANNEL_NAMES } from '../../shared/api/contract'
import { fr } from '../../shared/i18n/fr'

const known = new Set<string>(CHANNEL_NAMES)

/**
 * The one function the page gets: a call on a channel of the contract goes to main; any other
 * name is answered at once, in French, without crossing the bridge.
 */
export function createInvoke(send: (channel: string, input: unknown) => Promise<unknown>) {
  return (channel: string, input: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || !known.has(channel)) {
      const message = fr.errors.unknownChannel.replace('{{channel}}', String(channel).slice(0, 80))
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message } })
    }
    return send(channel, input)
  }
}
