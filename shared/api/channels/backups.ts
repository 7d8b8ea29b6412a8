import { z } from 'zod'
import { channel, as } from '../channel'
import { BackupName } from '../schemas'
import type { BackupDetails, BackupInfo } from '../../domain/backups'
import type { Delivery } from '../../domain/files'

export const backupChannels = {
  /** Backups in the backups folder, newest first. */
  'backups/list': channel(z.object({}).strict().optional(), as<BackupInfo[]>()),
  /** Takes a backup now (« Sauvegarder maintenant »). */
  'backups/create': channel(z.object({}).strict().optional(), as<BackupInfo>()),
  /** What a backup holds, shown before restoring it. */
  'backups/inspect': channel(z.object({ name: BackupName }).strict(), as<BackupDetails>()),
  /** Restores a backup; the current database is backed up first. */
  'backups/restore': channel(z.object({ name: BackupName }).strict(), as<{ previousBackup: string }>()),
  /** Saves a copy of a backup where the user chooses (download in the preview). */
  'backups/export': channel(z.object({ name: BackupName }).strict(), as<Delivery>()),
} as const
