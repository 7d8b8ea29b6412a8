import type { HandlerTable } from '../dispatcher'
import { schemaVersion } from '../../db/connection'
import { APP_VERSION } from '../../version'

export const systemHandlers: Pick<HandlerTable, 'system/info'> = {
  'system/info': (_input, ctx) => ({
    appVersion: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db),
    dbPath: ctx.dbPath,
    transport: ctx.transport,
  }),
}
