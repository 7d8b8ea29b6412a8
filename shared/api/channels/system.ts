import { channel, as } from '../channel'
import { NoInput } from '../schemas'
import type { SystemInfo } from '../../domain/system'

export const systemChannels = {
  /** App version, schema version and database path, for the status bar. */
  'system/info': channel(NoInput, as<SystemInfo>()),
} as const
