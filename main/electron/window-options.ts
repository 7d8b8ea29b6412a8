import type { BrowserWindowConstructorOptions } from 'electron'
import type { WindowState } from './window-state'

/** Size and position of the one window; its webPreferences stay literal in main.ts, where Electronegativity reads them. */
export function windowFrame(state: WindowState): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Copil',
    backgroundColor: '#f5f6f8',
  }
}
