import { z } from 'zod'
import { channel, as } from '../channel'
import { BackupName } from '../schemas'
import type { RecoveryStatus } from '../../domain/recovery'

export const recoveryChannels = {
  /** Whether the database was found damaged at launch, and which sound backups could replace it. */
  'recovery/status': channel(z.object({}).strict().optional(), as<RecoveryStatus>()),
  /** Moves the damaged database aside and restores a backup (the newest sound one when no name is given). */
  'recovery/restore': channel(z.object({ name: BackupName.optional() }).strict(), as<{ movedTo: string }>()),
  /** Moves the damaged database aside and starts with an empty one. */
  'recovery/startEmpty': channel(z.object({}).strict().optional(), as<{ movedTo: string }>()),
} as const
