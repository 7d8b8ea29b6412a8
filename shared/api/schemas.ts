import { z } from 'zod'

/** A database row id. */
export const Id = z.number().int().positive()

/** No input at all: an empty object (or nothing). */
export const NoInput = z.object({}).strict().optional()
