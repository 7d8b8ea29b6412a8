/**
 * The one API contract between the renderer and main. Keys are `domain/action`; each entry has
 * its zod input schema and its output type. Both transports (Electron IPC and the browser
 * preview) carry exactly these channels, through the same dispatcher.
 */
import type { z } from 'zod'
import { systemChannels } from './channels/system'
import { directoryChannels } from './channels/directory'
import { committeeChannels } from './channels/committees'
import { meetingChannels } from './channels/meetings'
import { fileChannels } from './channels/files'
import { backupChannels } from './channels/backups'
import { exportChannels, settingsChannels } from './channels/exports'
import { recoveryChannels } from './channels/recovery'
import { demoChannels } from './channels/demo'
import { planChannels } from './channels/plan'
import { participantChannels } from './channels/participants'
import { planImportChannels } from './channels/plan-import'
import { registerChannels } from './channels/registers'
import { taskChannels } from './channels/tasks'
import { historyChannels } from './channels/history'
import { searchChannels } from './channels/search'
import { lifecycleChannels } from './channels/lifecycle'
import { preferencesChannels } from './channels/preferences'

// One file of channels per domain (shared/api/channels/*.ts), merged here.
export const contract = {
  ...systemChannels,
  ...directoryChannels,
  ...committeeChannels,
  ...meetingChannels,
  ...fileChannels,
  ...backupChannels,
  ...exportChannels,
  ...settingsChannels,
  ...recoveryChannels,
  ...demoChannels,
  ...planChannels,
  ...participantChannels,
  ...planImportChannels,
  ...registerChannels,
  ...taskChannels,
  ...historyChannels,
  ...searchChannels,
  ...lifecycleChannels,
  ...preferencesChannels,
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> = Contract[C]['output']

/** Every channel name, for the preload's allow-list and the fuzz tests. */
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]

/** Tells whether a value names a known channel. */
export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
