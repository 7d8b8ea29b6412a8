import { parseArgs } from 'node:util'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defaultDataDir, resolveDbPath } from '../paths'
import { createPreviewServer } from './server'
import { AppError } from '../errors'
import { startLive } from '../services/live'
import { fr } from '../../shared/i18n/fr'
import { createAccessCode } from './access-code'
import { openBrowser } from './open-browser'
import { warmPdfWhenIdle } from '../workers/exports'
import { latestReleveOf } from '../services/releve/latest'

/** `npm run web`: the real services in Node, the built renderer in any local browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5180' },
      db: { type: 'string' },
      open: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port invalide : « ${values.port} ».`)
    process.exit(2)
  }
  if (values.host !== '127.0.0.1' && values.host !== 'localhost') {
    console.error('L’aperçu n’écoute que sur la boucle locale (127.0.0.1).')
    process.exit(2)
  }
  const dataDir = process.env.COPIL_DATA_DIR ?? defaultDataDir()
  const dbPath = resolveDbPath(values.db, dataDir)
  let app
  try {
    app = await startLive({ dbPath, dataDir, transport: 'web' })
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error)
    process.exit(1)
  }
  const token = randomBytes(24).toString('base64url')
  const staticDir = resolve(__dirname, '..', 'renderer')
  if (!existsSync(join(staticDir, 'index.html'))) console.warn(fr.desktop.refused.notBuilt)
  // Only --open needs a code: the browser's command line shows it, so it never carries the token.
  const accessCode = values.open ? createAccessCode() : undefined
  const server = createPreviewServer({ dispatcher: app.dispatcher, staticDir, token, downloads: app.downloads, accessCode })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    const url = `http://127.0.0.1:${actualPort}/?token=${token}`
    console.log(`Copil — aperçu navigateur : ${url}`)
    console.log(`Base de données : ${dbPath}`)
    if (accessCode && !openBrowser(actualPort, accessCode.code)) console.warn(fr.desktop.preview.noBrowser)
    // The first PDF of the session should cost what later ones do: warm its writer once idle.
    warmPdfWhenIdle(latestReleveOf(app))
  })
  const stop = () => {
    server.close()
    app.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
