import { z } from 'zod'
import { fr } from '../i18n/fr'
import { stripXmlIllegal } from '../text/clean'

const m = fr.validation

/** A database row id. */
export const Id = z.number().int().positive()

/** No input at all: an empty object (or nothing). */
export const NoInput = z.object({}).strict().optional()

/**
 * A string as it may be stored and exported: the code points XML cannot hold (C0 controls but tab
 * and line breaks, U+FFFE, U+FFFF, lone surrogates) are dropped on the way in, silently — they are
 * invisible, and a pasted one would otherwise make every later Excel export unreadable.
 */
export const CleanString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(stripXmlIllegal)

/** Free text: any characters, bounded so that a runaway paste cannot fill the disk. */
export const Text = (max = 100_000) => CleanString().max(max, { error: m.tooLong })

/** Text that must not be blank. */
export const RequiredText = (max = 2_000) => CleanString().max(max, { error: m.tooLong }).refine((s) => s.trim().length > 0, { error: m.required })

/** A real calendar date, yyyy-mm-dd (31 February is refused). */
export const IsoDate = z.string().refine(isRealDate, { error: m.date })

/** A time of day, HH:MM, 00:00-23:59. */
export const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: m.time })

/** Tells whether yyyy-mm-dd names a day that exists. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A list of ids in a new order. */
export const Reorder = z.object({ meetingId: Id, ids: z.array(Id).max(10_000) }).strict()

/** The file name of a backup, as Copil writes them (« copil-2026-11-22T081500123Z-manuelle.sqlite »): no folder, nothing else. */
export const BackupName = z
  .string()
  .max(300)
  .regex(/^[\p{L}\p{N}_ ()-][\p{L}\p{N}_ .()-]*-\d{4}-\d{2}-\d{2}T\d{9}Z-[a-z-]+\.sqlite$/u)
