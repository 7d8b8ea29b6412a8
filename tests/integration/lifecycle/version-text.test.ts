import { describe, expect, it } from 'vitest'
import { attempt, call, demoWithNextMeeting } from './helpers'

const RAW = /\b\d{4}-\d{2}-\d{2}\b|^(ordinaire|extraordinaire|presentiel|distance|hybride)$|\b(present|excuse|a_confirmer|represente)\b|[{}"]/u

describe('versions and what changed between them read as the editor shows them', () => {
  it('names kinds, modes and attendance, writes dates in words, in French and in Arabic', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    await call(app, 'releve/adopt', { meetingId, adoptedOn: '2020-09-15' })
    await call(app, 'releve/openErratum', { meetingId, reason: 'Date et type corrigés' })
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    const dates = meeting.dates.map((d, i) => (i === 0 ? { ...d, date: '2020-07-16' } : d))
    const header = { title: meeting.title, kind: 'extraordinaire' as const, mode: meeting.mode, place: meeting.place, videoTool: meeting.videoTool, notes: meeting.notes, status: meeting.status, dates }
    await call(app, 'meetings/saveHeader', { id: meetingId, header })

    const version = await call(app, 'releve/version', { meetingId, version: 1 })
    const all = Object.values(version.sections).flat()
    expect(all.filter((line) => RAW.test(line))).toEqual([])
    expect(version.sections.header).toContain('Ordinaire')
    expect(version.sections.header.some((line) => line.startsWith('mercredi 15 juillet 2020'))).toBe(true)
    expect(version.sections.participants.some((line) => line.endsWith(' — Présent'))).toBe(true)

    const changed = (await call(app, 'releve/diff', { meetingId, from: 1, to: null })).flatMap((s) =>
      s.lines.filter((l) => l.kind !== 'same').map((l) => `${l.kind === 'added' ? '+' : '-'} ${l.text}`),
    )
    expect(changed).toContain('- Ordinaire')
    expect(changed).toContain('+ Extraordinaire')
    expect(changed.some((line) => line.startsWith('+ jeudi 16 juillet 2020'))).toBe(true)
    expect(changed.filter((line) => RAW.test(line.slice(2)))).toEqual([])

    await call(app, 'preferences/setLanguage', { language: 'ar' })
    const arabic = (await call(app, 'releve/diff', { meetingId, from: 1, to: null })).flatMap((s) =>
      s.lines.filter((l) => l.kind !== 'same').map((l) => `${l.kind === 'added' ? '+' : '-'} ${l.text}`),
    )
    expect(arabic).toContain('- عادي')
    expect(arabic).toContain('+ استثنائي')
    expect(arabic.some((line) => line.startsWith('+ الخميس 16 يوليوز 2020'))).toBe(true)
    const arabicVersion = await call(app, 'releve/version', { meetingId, version: 1 })
    expect(arabicVersion.sections.participants.some((line) => line.endsWith(' — حاضر'))).toBe(true)
    expect(Object.values(arabicVersion.sections).flat().filter((line) => RAW.test(line))).toEqual([])
    expect(await attempt(app, 'releve/version', { meetingId, version: 9 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
