import { channel, as } from '../channel'
import { NoInput } from '../schemas'

export const demoChannels = {
  /** Whether the database holds nothing yet (preferences aside), so the welcome screen offers the example. */
  'demo/status': channel(NoInput, as<{ empty: boolean; startedEmpty: boolean }>()),
  /** Remembers, in the database, that the user chose to start from an empty database (no welcome screen again). */
  'demo/startEmpty': channel(NoInput, as<{ startedEmpty: true }>()),
  /** Loads the built-in example (COPIL of 15 July 2020, plan 2018-2020) into an empty database. */
  'demo/load': channel(NoInput, as<{ meetingId: number; planId: number }>()),
} as const
