import { Menu, type MenuItemConstructorOptions } from 'electron'

/** The French application menu; roles give the platform's own behaviour and shortcuts. */
export function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fichier',
      submenu: [{ role: 'quit', label: 'Quitter Copil' }],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    {
      label: 'Fenêtre',
      submenu: [
        { role: 'minimize', label: 'Réduire' },
        { role: 'close', label: 'Fermer' },
      ],
    },
    {
      label: 'Aide',
      submenu: [{ role: 'about', label: 'À propos de Copil' }],
    },
  ]
  return Menu.buildFromTemplate(template)
}
