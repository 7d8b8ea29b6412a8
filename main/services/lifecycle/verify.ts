/**
 * Says whether a PDF is an adopted version of a relevé: the PDF of an adopted version embeds its
 * canonical content (« releve-canonique.json »); its SHA-256 must be the fingerprint of a version
 * recorded in the database. A PDF without that file is a draft (or another document); one whose
 * embedded content matches no version is altered, and what differs from the adopted version of
 * its meeting is listed per section.
 */
import { inflateSync } from 'node:zlib'
import type { Db } from '../../db/connection'
import type { VerifyReport } from '../../../shared/domain/lifecycle'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { parseCanonical, shortFingerprint, type CanonicalReleve } from '../../../shared/lifecycle/canonical'
import { diffReleves } from '../../../shared/lifecycle/diff'
import { formatLongDate } from '../../../shared/text/french-dates'
import { findVersionByFingerprint, getMeetingLifecycleRow, getVersion, listVersions } from '../../db/repos/lifecycle/lifecycle'
import { fingerprintOf } from './snapshot'

const latin1 = (bytes: Buffer, start: number, end: number): string => bytes.toString('latin1', start, end)

/** The contents of every embedded file stream (/Type /EmbeddedFile) of a PDF, decoded. */
export function embeddedFiles(pdf: Buffer): Buffer[] {
  const files: Buffer[] = []
  const marker = Buffer.from('/Type /EmbeddedFile')
  for (let at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + marker.length)) {
    const dictStart = pdf.lastIndexOf('obj', at)
    const streamAt = pdf.indexOf('stream', at)
    if (dictStart < 0 || streamAt < 0) continue
    const dictionary = latin1(pdf, dictStart, streamAt)
    let dataStart = streamAt + 'stream'.length
    if (pdf[dataStart] === 0x0d) dataStart++
    if (pdf[dataStart] === 0x0a) dataStart++
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dictionary)
    const dataEnd = length ? dataStart + Number(length[1]) : pdf.indexOf('endstream', dataStart)
    if (dataEnd < dataStart || dataEnd > pdf.length) continue
    const raw = pdf.subarray(dataStart, dataEnd)
    try {
      files.push(dictionary.includes('/FlateDecode') ? inflateSync(raw) : Buffer.from(raw))
    } catch {
      // A damaged stream holds no content we can trust: as if it were absent.
    }
  }
  return files
}

function meetingDate(db: Db, meetingId: number): { title: string; firstDate: string | null } | undefined {
  const row = getMeetingLifecycleRow(db, meetingId)
  return row && { title: row.title, firstDate: row.firstDate }
}

const dateLabel = (iso: string | null | undefined): string => (iso ? formatLongDate(iso) : t('lifecycle.undated'))

/** Checks a PDF file against the adopted versions recorded in the database. */
export function verifyPdf(db: Db, pdf: Buffer): VerifyReport {
  if (latin1(pdf, 0, 1024).indexOf('%PDF-') < 0) throw new AppError('INVALID_INPUT', t('lifecycle.errors.notPdf'))
  let claimed: CanonicalReleve | undefined
  for (const file of embeddedFiles(pdf)) {
    const text = file.toString('utf8')
    const parsed = parseCanonical(text)
    if (!parsed) continue
    const fingerprint = fingerprintOf(text)
    const version = findVersionByFingerprint(db, fingerprint)
    // The hash of the very text stored for the version: byte-for-byte the adopted content.
    if (version && version.canonical === text) {
      const meeting = meetingDate(db, version.meetingId)
      return {
        verdict: 'adopted',
        message: t('lifecycle.verify.adopted', {
          version: version.version,
          date: dateLabel(meeting?.firstDate),
          adoptedOn: formatLongDate(version.adoptedOn, { weekday: false }),
          short: shortFingerprint(fingerprint),
        }),
        meetingId: version.meetingId,
        meetingTitle: meeting?.title ?? '',
        meetingDate: meeting?.firstDate ?? null,
        version: version.version,
        adoptedOn: version.adoptedOn,
        fingerprint,
        differences: [],
      }
    }
    claimed = parsed
  }
  if (!claimed) return { verdict: 'draft', message: t('lifecycle.verify.draft'), differences: [] }
  const latest = listVersions(db, claimed.meetingId).at(-1)
  const stored = latest && getVersion(db, claimed.meetingId, latest.version)
  const adopted = stored && parseCanonical(stored.canonical)
  if (!stored || !adopted) return { verdict: 'unknown', message: t('lifecycle.verify.unknown'), differences: [] }
  const meeting = meetingDate(db, claimed.meetingId)
  return {
    verdict: 'altered',
    message: t('lifecycle.verify.altered', { version: stored.version, date: dateLabel(meeting?.firstDate) }),
    meetingId: claimed.meetingId,
    meetingTitle: meeting?.title ?? '',
    meetingDate: meeting?.firstDate ?? null,
    version: stored.version,
    adoptedOn: stored.adoptedOn,
    fingerprint: stored.fingerprint,
    differences: diffReleves(adopted.releve, claimed.releve),
  }
}
