import type { MenuItemConstructorOptions } from 'electron'
import { fr } from '../../shared/i18n/fr'
import { ar } from '../../shared/i18n/ar'
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages'

/** The application menu in the interface language; roles give the platform's own behaviour and shortcuts. */
export function menuTemplate(language: Language = DEFAULT_LANGUAGE): MenuItemConstructorOptions[] {
  const m = (language === 'ar' ? ar : fr).desktop.menu
  return [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.window,
      submenu: [
        { role: 'minimize', label: m.minimize },
        { role: 'close', label: m.close },
      ],
    },
    { label: m.help, submenu: [{ role: 'about', label: m.about }] },
  ]
}
