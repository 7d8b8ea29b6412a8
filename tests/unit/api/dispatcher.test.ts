import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startTestServices, snapshotCounts } from '../../helpers/services'
import { createDispatcher } from '../../../main/api/dispatcher'
import { handlers } from '../../../main/api/handlers'
import { AppError } from '../../../main/errors'
import { describeZodError } from '../../../main/api/zod-messages'
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations'

describe('dispatcher', () => {
  it('answers system/info with the app version, schema version and database path', async () => {
    const app = startTestServices()
    const result = await app.dispatcher.dispatch('system/info', {})
    expect(result).toEqual({
      ok: true,
      value: { appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/), schemaVersion: LATEST_SCHEMA_VERSION, dbPath: app.ctx.dbPath, transport: 'web' },
    })
  })

  it('refuses an unknown channel with a French message and writes nothing', async () => {
    const app = startTestServices()
    const before = snapshotCounts(app)
    for (const channel of ['system/drop', '__proto__', 'constructor', 42, null, undefined, { a: 1 }]) {
      const result = await app.dispatcher.dispatch(channel, {})
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT')
        expect(result.error.message).toMatch(/Action inconnue/)
      }
    }
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('refuses a malformed payload before any handler runs', async () => {
    const app = startTestServices()
    const before = snapshotCounts(app)
    for (const input of [{ extra: true }, 'texte', 12, [1, 2], { __proto__: { polluted: 1 } }]) {
      const result = await app.dispatcher.dispatch('system/info', input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('turns a handler error into data, never an exception', async () => {
    const app = startTestServices()
    const failing = createDispatcher(app.ctx, {
      ...handlers,
      'system/info': () => {
        throw new AppError('NOT_FOUND', 'Réunion introuvable.')
      },
    })
    expect(await failing.dispatch('system/info', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Réunion introuvable.' } })
    const crashing = createDispatcher(app.ctx, {
      ...handlers,
      'system/info': () => {
        throw new Error('boom')
      },
    })
    const result = await crashing.dispatch('system/info', {})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL')
      expect(result.error.message).not.toContain('boom')
    }
  })

  it('refuses to start when a channel has no handler', () => {
    const app = startTestServices()
    const partial = { ...handlers } as Partial<typeof handlers>
    delete partial['system/info']
    expect(() => createDispatcher(app.ctx, partial as typeof handlers)).toThrow(/No handler/)
  })

  it('names the faulty path in French', () => {
    const schema = z.object({ engagements: z.array(z.object({ activities: z.array(z.object({ weight: z.number().positive() })) })) })
    const parsed = schema.safeParse({ engagements: [{ activities: [{ weight: 1 }, { weight: -2 }] }] })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const { message, fields } = describeZodError(parsed.error)
    expect(message).toMatch(/^engagements\[0\]\.activities\[1\]\.weight : /)
    expect(message).toMatch(/trop petit|supérieur|>/i)
    expect(Object.keys(fields)).toEqual(['engagements[0].activities[1].weight'])
  })
})
