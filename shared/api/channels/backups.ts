import { z } from 'zod'
import { channel, as } from '../channel'
import type { BackupDetails, BackupInfo } from '../../domain/backups'
import type { Delivery } from '../../domain/files'

// Backups are named by Copil itself; anything else is refused before reaching the file system.
const BackupName = z.string().regex(/^copil-[0-9T-]+Z-[a-z-]+\.sqlite$/)

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
