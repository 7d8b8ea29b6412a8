import { createRequire } from 'node:module'

/**
 * A stand-in for the `electron` module, for loading the built main bundle in Node where the
 * Electron binary is absent. It does nothing but record what the bundle asks Electron to do, so a
 * test can play the part of Electron: call the IPC handler as a page would, request files from the
 * registered protocol, fire window and webContents events. Test code only.
 */

type Listener = (...args: unknown[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener)
  }
  /** Calls every listener of `name` as Electron would, returning what the last one returned. */
  emit(name: string, ...args: unknown[]): unknown {
    let last: unknown
    for (const listener of this.listeners.get(name) ?? []) last = listener(...args)
    return last
  }
}

export class StandInWebContents extends Emitter {
  /** The top frame; its `parent` is null, as Electron's WebFrameMain says for a top frame. */
  readonly mainFrame = { url: '', parent: null }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export interface ProtocolRequest {
  url: string
  method: string
}

export interface StandIn {
  /** What `require('electron')` returns inside the bundle. */
  module: Record<string, unknown>
  app: Emitter
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>
  protocolHandlers: Map<string, (request: ProtocolRequest) => Promise<Response>>
  privilegedSchemes: unknown[]
  windows: StandInWindow[]
  /** Every webContents announced through app's 'web-contents-created'. */
  webContents: StandInWebContents[]
  permissionRequestHandler: Listener | undefined
  permissionCheckHandler: Listener | undefined
  questions: unknown[]
  /** The answer the next link question gets (0 = open, 1 = cancel). */
  linkAnswer: number
  openedExternally: string[]
  /** What the next save dialog answers. */
  saveAnswer: { canceled: boolean; filePath?: string }
  saveDialogs: unknown[]
  openedPaths: string[]
  shownInFolder: string[]
  errorBoxes: string[]
  quits: number
  exits: number[]
}

export class StandInWindow extends Emitter {
  readonly webContents = new StandInWebContents()
  loadedUrl: string | undefined
  shown = false
  constructor(readonly options: Record<string, unknown>) {
    super()
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {}
  restore(): void {}
  focus(): void {}
  isMinimized(): boolean {
    return false
  }
  isMaximized(): boolean {
    return false
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 }
  }
}

/** Builds a stand-in whose app is ready at once and whose user-data folder is `userData`. */
export function createElectronStandIn(userData: string): StandIn {
  const app = new Emitter()
  const state: StandIn = {
    module: {},
    app,
    ipcHandlers: new Map(),
    protocolHandlers: new Map(),
    privilegedSchemes: [],
    windows: [],
    webContents: [],
    permissionRequestHandler: undefined,
    permissionCheckHandler: undefined,
    questions: [],
    linkAnswer: 1,
    openedExternally: [],
    saveAnswer: { canceled: true },
    saveDialogs: [],
    openedPaths: [],
    shownInFolder: [],
    errorBoxes: [],
    quits: 0,
    exits: [],
  }
  const appApi = Object.assign(app, {
    commandLine: { appendSwitch: () => undefined },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => userData,
    quit: () => {
      state.quits += 1
    },
    exit: (code: number) => {
      state.exits.push(code)
    },
  })
  class BrowserWindow extends StandInWindow {
    constructor(options: Record<string, unknown>) {
      super(options)
      state.windows.push(this)
      state.webContents.push(this.webContents)
      app.emit('web-contents-created', {}, this.webContents)
    }
  }
  state.module = {
    app: appApi,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
        if (state.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
        state.ipcHandlers.set(channel, handler)
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: ProtocolRequest) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheckHandler = handler),
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showErrorBox: (_title: string, message: string) => state.errorBoxes.push(message),
      showMessageBox: (...args: unknown[]) => {
        state.questions.push(args[args.length - 1])
        return Promise.resolve({ response: state.linkAnswer })
      },
      showSaveDialog: (...args: unknown[]) => {
        state.saveDialogs.push(args[args.length - 1])
        return Promise.resolve(state.saveAnswer)
      },
    },
    shell: {
      openExternal: (url: string) => {
        state.openedExternally.push(url)
        return Promise.resolve()
      },
      openPath: (path: string) => {
        state.openedPaths.push(path)
        return Promise.resolve('')
      },
      showItemInFolder: (path: string) => state.shownInFolder.push(path),
    },
  }
  return state
}

interface ModuleInternals {
  _resolveFilename: (request: string, ...rest: unknown[]) => string
  _cache: Record<string, unknown>
  new (id: string): { exports: unknown; loaded: boolean; filename: string }
}

const STAND_IN_ID = '/copil-test/electron-stand-in.js'

/**
 * Loads a CommonJS bundle with `require('electron')` answered by the stand-in. Returns a function
 * that puts Node's module resolution back as it was.
 */
export function loadWithElectronStandIn(bundlePath: string, standIn: StandIn): () => void {
  const require = createRequire(import.meta.url)
  const Module = require('node:module') as ModuleInternals
  const original = Module._resolveFilename
  Module._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? STAND_IN_ID : original.call(this, request, ...rest)
  }
  const fake = new Module(STAND_IN_ID)
  fake.exports = standIn.module
  fake.loaded = true
  fake.filename = STAND_IN_ID
  Module._cache[STAND_IN_ID] = fake
  delete Module._cache[require.resolve(bundlePath)]
  require(bundlePath)
  return () => {
    Module._resolveFilename = original
    delete Module._cache[STAND_IN_ID]
  }
}
