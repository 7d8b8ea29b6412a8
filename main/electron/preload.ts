import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES } from '../../shared/api/contract'
import { fr } from '../../shared/i18n/fr'

const known = new Set<string>(CHANNEL_NAMES)

// The renderer gets exactly one function, and only for channels of the contract.
contextBridge.exposeInMainWorld('copil', {
  invoke: (channel: string, input: unknown): Promise<unknown> => {
    if (!known.has(channel)) {
      const message = fr.errors.unknownChannel.replace('{{channel}}', String(channel).slice(0, 80))
      return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message } })
    }
    return ipcRenderer.invoke('copil:invoke', channel, input)
  },
})
