import { contextBridge, ipcRenderer } from 'electron'
import { createInvoke } from './bridge'

// The renderer gets exactly one function, and only for channels of the contract.
contextBridge.exposeInMainWorld('copil', {
  invoke: createInvoke((channel, input) => ipcRenderer.invoke('copil:invoke', channel, input)),
})
