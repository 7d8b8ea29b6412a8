import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron'
import { join } from 'node:path'
import { resolveDbPath } from '../paths'
import { startLive, type LiveServices } from '../services/live'
import { fr } from '../../shared/i18n/fr'
import { menuTemplate } from './menu'
import { followUiLanguage, onUiLanguageChosen } from '../services/language'
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages'
import { loadWindowState, saveWindowState, visibleOn } from './window-state'
import { windowFrame } from './window-options'
import { openExternalAfterConfirmation, type LinkDeps } from './links'
import { serveAppRequest } from './app-protocol'
import { APP_PAGE_URL, APP_SCHEME, isTrustedSender, refusedCall } from './sender'
import { dbArgument, startupFailureMessage } from './startup'
import { electronFiles } from './delivery'
import { warmPdfWhenIdle } from '../workers/exports'
import { latestReleveOf } from '../services/releve/latest'

// Thin glue: every decision taken here (who may call, which file is served, which link may leave,
// what the window looks like) lives in a pure module beside this one and is tested in Node.

// The renderer is served from a private, standard, secure scheme (copil://app) so that it has a
// stable address that every IPC call is checked against.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// Dates pickers, spell-checking and built-in messages of the page follow French.
app.commandLine.appendSwitch('lang', 'fr')

let mainWindow: BrowserWindow | undefined
let services: LiveServices | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start, (error: unknown) => fatal(error))
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const dbPath = resolveDbPath(dbArgument(process.argv), dataDir)
  const files = electronFiles(() => mainWindow)
  try {
    services = await startLive({ dbPath, dataDir, transport: 'electron', deliver: files.deliver, shell: files.shell })
  } catch (error) {
    fatal(error)
    return
  }
  const dispatcher = services.dispatcher

  const rendererRoot = join(__dirname, '..', 'renderer')
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request))

  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  ipcMain.handle('copil:invoke', (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event, mainWindow)) return refusedCall(fr.desktop.refused.sender)
    return dispatcher.dispatch(channel, input)
  })

  // The menu speaks the language chosen in Paramètres, from the start and after each change.
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(languageOf(services))))
  onUiLanguageChosen((language) => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language))))
  createWindow(dataDir)
  // The first PDF of the session should cost what later ones do: warm its writer once idle.
  warmPdfWhenIdle(latestReleveOf(services))
}

/** The language chosen in Paramètres; French on the recovery screen (no database to read it from). */
function languageOf(live: LiveServices): Language {
  const db = live.current()?.ctx.db
  return db ? followUiLanguage(db) : DEFAULT_LANGUAGE
}

function createWindow(dataDir: string): void {
  const state = visibleOn(
    loadWindowState(dataDir),
    screen.getAllDisplays().map((d) => d.workArea),
  )
  mainWindow = new BrowserWindow({
    ...windowFrame(state),
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
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
  })
  if (state.maximized) mainWindow.maximize()
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('close', () => {
    if (!mainWindow) return
    const bounds = mainWindow.getNormalBounds()
    saveWindowState(dataDir, { ...bounds, maximized: mainWindow.isMaximized() })
  })
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
  void mainWindow.loadURL(APP_PAGE_URL)
}

// A link leaves the app only through the confirmation in links.ts, never by navigating the window.
const links: LinkDeps = {
  ask: (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
  open: (url) => shell.openExternal(url),
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    void openExternalAfterConfirmation(url, links)
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirmation(url, links)
    return { action: 'deny' }
  })
})

app.on('window-all-closed', () => {
  services?.close()
  app.quit()
})

function fatal(error: unknown): void {
  dialog.showErrorBox('Copil', startupFailureMessage(error))
  app.exit(1)
}
