import type { BrowserWindowConstructorOptions } from 'electron'
import type { WindowState } from './window-state'

/**
 * The one BrowserWindow's options. Kept apart from main.ts so that a unit test can hold the
 * secure defaults in place: isolated, sandboxed, no Node in the page, middle-click disabled.
 */
export function windowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Copil',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  }
}
