import { describe, expect, it } from 'vitest'
import type { MessageBoxOptions } from 'electron'
import { isSafeExternalUrl, openExternalAfterConfirmation } from '../../../main/electron/links'
import { windowFrame } from '../../../main/electron/window-options'
import { dbArgument, startupFailureMessage } from '../../../main/electron/startup'
import { createInvoke } from '../../../main/electron/bridge'
import { menuTemplate } from '../../../main/electron/menu'
import { ar } from '../../../shared/i18n/ar'
import { AppError } from '../../../main/errors'
import { loadWindowState, saveWindowState } from '../../../main/electron/window-state'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../../helpers/temp'

/** A stand-in for the dialog and the system browser that records what the user was asked and what opened. */
function linkDeps(answer: number) {
  const asked: MessageBoxOptions[] = []
  const opened: string[] = []
  return {
    asked,
    opened,
    deps: {
      ask: (options: MessageBoxOptions) => {
        asked.push(options)
        return Promise.resolve({ response: answer })
      },
      open: (url: string) => {
        opened.push(url)
        return Promise.resolve()
      },
    },
  }
}

describe('links leaving the desktop app', () => {
  it('opens an https link in the browser once the user agrees, asking in French with Annuler as default', async () => {
    const { asked, opened, deps } = linkDeps(0)
    expect(await openExternalAfterConfirmation('https://www.gouvernement-ouvert.ma/plan', deps)).toBe(true)
    expect(opened).toEqual(['https://www.gouvernement-ouvert.ma/plan'])
    expect(asked[0]).toMatchObject({
      buttons: ['Ouvrir dans le navigateur', 'Annuler'],
      defaultId: 1,
      cancelId: 1,
      message: 'Ouvrir ce lien dans votre navigateur ?',
      detail: 'https://www.gouvernement-ouvert.ma/plan',
    })
  })

  it('opens nothing when the user cancels', async () => {
    const { opened, deps } = linkDeps(1)
    expect(await openExternalAfterConfirmation('https://example.org/', deps)).toBe(false)
    expect(opened).toEqual([])
  })

  it('drops every other link without even asking', async () => {
    for (const url of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@example.org',
      'https://intranet/',
      'copil://app/x',
      'smb://serveur/partage',
      'pas une adresse',
    ]) {
      const { asked, opened, deps } = linkDeps(0)
      expect(await openExternalAfterConfirmation(url, deps), url).toBe(false)
      expect(isSafeExternalUrl(url), url).toBe(false)
      expect(asked, url).toEqual([])
      expect(opened, url).toEqual([])
    }
  })
})

describe('the desktop window and its start', () => {
  it('sizes the window from the remembered state and keeps it hidden until painted', () => {
    expect(windowFrame({ x: 10, y: 20, width: 1300, height: 900, maximized: false })).toMatchObject({
      x: 10,
      y: 20,
      width: 1300,
      height: 900,
      show: false,
      minWidth: 900,
      minHeight: 600,
    })
    expect(windowFrame({ width: 1280, height: 820, maximized: false })).not.toHaveProperty('x')
  })

  it('remembers the window between launches and falls back to defaults on a damaged or absurd file', () => {
    const dir = tempDir()
    expect(loadWindowState(dir)).toEqual({ width: 1280, height: 820, maximized: false })
    saveWindowState(dir, { x: 40, y: 30, width: 1400, height: 900, maximized: true })
    expect(loadWindowState(dir)).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: true })
    for (const damaged of [
      '{ pas du json',
      JSON.stringify({ width: 50, height: 20 }),
      JSON.stringify({ width: 'grand' }),
      '',
    ]) {
      writeFileSync(join(dir, 'window-state.json'), damaged)
      expect(loadWindowState(dir), damaged).toEqual({ width: 1280, height: 820, maximized: false })
    }
  })

  it('reads the database path given after --db, and nothing else', () => {
    expect(dbArgument(['electron', '.', '--db', '/tmp/a.sqlite'])).toBe('/tmp/a.sqlite')
    expect(dbArgument(['electron', '.'])).toBeUndefined()
    expect(dbArgument(['electron', '.', '--db'])).toBeUndefined()
    expect(dbArgument(['electron', '.', '--db', '--no-sandbox'])).toBeUndefined()
  })

  it('explains a failed start in French', () => {
    expect(startupFailureMessage(new AppError('DB', 'Base créée par une version plus récente de Copil.'))).toBe(
      'Base créée par une version plus récente de Copil.',
    )
    expect(startupFailureMessage(new Error('EACCES'))).toBe('Copil n’a pas pu démarrer : EACCES')
  })

  it('gives the page a bridge that forwards contract channels only', async () => {
    const sent: string[] = []
    const invoke = createInvoke((channel) => {
      sent.push(channel)
      return Promise.resolve({ ok: true, value: null })
    })
    expect(await invoke('system/info', {})).toEqual({ ok: true, value: null })
    expect(await invoke('fs/readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Action inconnue : « fs/readFile ».' },
    })
    expect(sent).toEqual(['system/info'])
  })

  it('labels every menu entry in French', () => {
    const labels = menuTemplate().flatMap((menu) => [
      menu.label,
      ...(Array.isArray(menu.submenu) ? menu.submenu.map((item) => item.label) : []),
    ])
    expect(labels).toContain('Quitter Copil')
    expect(labels).toContain('Édition')
    for (const label of labels.filter((l) => l !== undefined))
      expect(label).not.toMatch(/^(File|Edit|View|Window|Help|Quit)$/)
  })

  it('labels every menu entry in Arabic once Arabic is chosen', () => {
    const labels = menuTemplate('ar').flatMap((menu) => [
      menu.label,
      ...(Array.isArray(menu.submenu) ? menu.submenu.map((item) => item.label) : []),
    ])
    const named = labels.filter((l): l is string => l !== undefined)
    expect(named).toContain(ar.desktop.menu.quit)
    expect(named).toContain(ar.desktop.menu.edit)
    // Nothing French left but the product's name.
    for (const label of named) expect(label.replace('Copil', '')).not.toMatch(/[A-Za-zÀ-ÿ]/)
  })
})
