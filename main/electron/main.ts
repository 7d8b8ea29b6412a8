import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type IpcMainInvokeEvent } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { resolveDbPath } from '../paths'
import { CONTENT_SECURITY_POLICY } from '../security'
import { AppError } from '../errors'
import { startLive, type LiveServices } from '../services/live'
import { buildMenu } from './menu'
import { loadWindowState, saveWindowState, visibleOn } from './window-state'
import { isSafeExternalUrl, windowFrame } from './window-options'
import { electronDeliver, electronShell } from './delivery'

// The renderer is served from a private, standard, secure scheme so that it has a real origin
// (copil://app) that every IPC call is checked against.
const APP_ORIGIN = 'copil://app'
protocol.registerSchemesAsPrivileged([{ scheme: 'copil', privileges: { standard: true, secure: true, supportFetchAPI: true } }])

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

function argValue(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index >= 0 ? process.argv[index + 1] : undefined
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const dbPath = resolveDbPath(argValue('--db'), dataDir)
  try {
    services = await startLive({
      dbPath,
      dataDir,
      transport: 'electron',
      deliver: electronDeliver(() => mainWindow),
      shell: electronShell,
    })
  } catch (error) {
    fatal(error)
    return
  }
  const dispatcher = services.dispatcher

  const rendererRoot = join(__dirname, '..', 'renderer')
  protocol.handle('copil', async (request) => {
    const url = new URL(request.url)
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html'
    const file = join(rendererRoot, relative)
    if (url.host !== 'app' || !file.startsWith(rendererRoot + sep)) return new Response('Refusé', { status: 403 })
    try {
      const body = await readFile(file)
      return new Response(body, { headers: { 'Content-Type': mimeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })
    } catch {
      const body = await readFile(join(rendererRoot, 'index.html'))
      return new Response(body, { headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } })
    }
  })

  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  ipcMain.handle('copil:invoke', (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Appel refusé : origine inconnue.' } }
    }
    return dispatcher.dispatch(channel, input)
  })

  Menu.setApplicationMenu(buildMenu())
  createWindow(dataDir)
}

/** Only our own page, in our own window, may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frameUrl = event.senderFrame?.url
  if (!frameUrl) return false
  try {
    return new URL(frameUrl).origin === APP_ORIGIN && event.sender === mainWindow?.webContents
  } catch {
    return false
  }
}

function createWindow(dataDir: string): void {
  const state = visibleOn(loadWindowState(dataDir), screen.getAllDisplays().map((d) => d.workArea))
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
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`)
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    void openExternalAfterConfirmation(url)
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirmation(url)
    return { action: 'deny' }
  })
})

/** A link to the web opens in the system browser, only for https, and only once the user agrees. */
async function openExternalAfterConfirmation(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return
  const options = {
    type: 'question' as const,
    buttons: ['Ouvrir dans le navigateur', 'Annuler'],
    defaultId: 1,
    cancelId: 1,
    title: 'Ouvrir un lien',
    message: 'Ouvrir ce lien dans votre navigateur ?',
    detail: url,
  }
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options)
  if (response === 0) await shell.openExternal(url)
}

app.on('window-all-closed', () => {
  services?.close()
  app.quit()
})

function fatal(error: unknown): void {
  const message = error instanceof AppError ? error.message : `Copil n’a pas pu démarrer : ${String(error)}`
  dialog.showErrorBox('Copil', message)
  app.exit(1)
}

function mimeOf(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
  }
  return types[extname(file)] ?? 'application/octet-stream'
}
