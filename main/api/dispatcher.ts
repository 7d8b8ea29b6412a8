import type { z } from 'zod'
import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../../shared/api/contract'
import { fail, ok, type Result } from '../../shared/api/result'
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import type { AppContext } from '../context'
import { describeZodError } from './zod-messages'
import { toAppError } from './db-errors'
import { nextSave } from '../db/history/session'
import { followUiLanguage } from '../services/language'

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  ctx: AppContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type HandlerTable = { [C in ChannelName]: Handler<C> }

export interface Dispatcher {
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>
}

/**
 * Far deeper than any real payload (a rich text takes about two levels per nested list), far less
 * than what overflows the stack of the recursive validation of rich text (about a thousand).
 */
const MAX_INPUT_DEPTH = 200

/** Whether objects and arrays nest deeper than `max`; iterative, and bounded even on a cycle. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [item, depth] = top
    // Bytes hold no nesting, and listing a big buffer's values would cost a lot for nothing.
    if (item === null || typeof item !== 'object' || ArrayBuffer.isView(item)) continue
    if (depth >= max) return true
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return false
}

/**
 * The single entry point of every call from a renderer. It refuses unknown channels, validates
 * the input with the channel's schema before any handler runs, and turns every failure into a
 * message in the interface language; nothing escapes as an exception.
 */
export function createDispatcher(ctx: AppContext, handlers: HandlerTable): Dispatcher {
  const registered = new Map<ChannelName, Handler<ChannelName>>()
  for (const name of Object.keys(handlers) as ChannelName[]) {
    if (!isChannelName(name)) throw new Error(`Handler for an unknown channel: ${name}`)
    if (registered.has(name)) throw new Error(`Duplicate handler: ${name}`)
    registered.set(name, handlers[name] as Handler<ChannelName>)
  }
  for (const name of Object.keys(contract) as ChannelName[]) {
    if (!registered.has(name)) throw new Error(`No handler for channel ${name}`)
  }

  return {
    async dispatch(channel, input) {
      // Messages come back in the language chosen in Paramètres (stored in the database).
      followUiLanguage(ctx.db)
      if (!isChannelName(channel)) {
        return fail({ code: 'INVALID_INPUT', message: t('errors.unknownChannel', { channel: String(channel).slice(0, 80) }) })
      }
      if (nestedDeeperThan(input, MAX_INPUT_DEPTH)) {
        return fail({ code: 'INVALID_INPUT', message: t('errors.invalidInput', { details: t('errors.tooDeep') }) })
      }
      const schema: z.ZodType = contract[channel].input
      const parsed = schema.safeParse(input)
      if (!parsed.success) {
        const { message, fields } = describeZodError(parsed.error)
        return fail({ code: 'INVALID_INPUT', message: t('errors.invalidInput', { details: message }), fields })
      }
      try {
        const handler = registered.get(channel) as Handler<ChannelName>
        // One call is one save in the history, even when it writes outside a transaction.
        nextSave(ctx.db)
        const value = await handler(parsed.data as ChannelParsedInput<ChannelName>, ctx)
        return ok(value)
      } catch (error) {
        const appError = error instanceof AppError ? error : toAppError(error)
        if (appError.code === 'INTERNAL') console.error(`[copil] ${channel}:`, error)
        return fail({ code: appError.code, message: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) })
      }
    },
  }
}
