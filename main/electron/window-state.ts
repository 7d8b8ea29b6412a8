import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowState>

const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false }

/** The window's last size and position, or defaults when the file is missing or damaged. */
export function loadWindowState(dataDir: string): WindowState {
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')))
    return parsed.success ? parsed.data : DEFAULT_STATE
  } catch {
    return DEFAULT_STATE
  }
}

/** Remembers the window's size and position for the next launch. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  try {
    writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify(state))
  } catch {
    // Losing the window position is harmless; never block closing for it.
  }
}

/** Keeps a remembered position only if it still lies on one of the current displays. */
export function visibleOn(
  state: WindowState,
  displays: { x: number; y: number; width: number; height: number }[],
): WindowState {
  if (state.x === undefined || state.y === undefined) return state
  const { x, y } = state
  const onScreen = displays.some((d) => x >= d.x - 50 && y >= d.y - 50 && x < d.x + d.width - 100 && y < d.y + d.height - 100)
  return onScreen ? state : { width: state.width, height: state.height, maximized: state.maximized }
}
