/**
 * What an adopted version adds to its PDF: a footer line « Version n adoptée le … · empreinte … »
 * and its canonical content as an embedded file (« releve-canonique.json », associated to the
 * document as its source, PDF/A-3 style), so that the PDF alone holds its data and
 * `copil verify` can check it against the recorded fingerprint.
 */
import { type ReleveAdoption } from '../../../shared/domain/releve'
import { lifecycle } from '../../../shared/i18n/fr/lifecycle'
import { lifecycle as arabicLifecycle } from '../../../shared/i18n/ar/lifecycle'
import type { Language } from '../../../shared/i18n/languages'
import { shortFingerprint } from '../../../shared/lifecycle/canonical'
import { formatLongDateIn } from '../../../shared/text/dates'
import { fill } from './strings'

const T = lifecycle.pdf

/** The footer's adoption line, in the relevé's language. */
export function adoptionFooterLine(adoption: ReleveAdoption, language: Language = 'fr'): string {
  return fill((language === 'ar' ? arabicLifecycle.pdf : T).footer, {
    version: adoption.version,
    date: formatLongDateIn(language, adoption.adoptedOn, { weekday: false }),
    short: shortFingerprint(adoption.fingerprint),
  })
}

/** Embeds the canonical content; `relationship` is pdfkit's AFRelationship (missing from its types). */
export function attachCanonical(doc: PDFKit.PDFDocument, adoption: ReleveAdoption): void {
  const created = new Date(`${adoption.adoptedOn}T12:00:00Z`)
  const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: T.attachmentName,
    type: 'application/json',
    description: fill(T.attachmentDescription, { fingerprint: adoption.fingerprint }),
    creationDate: created,
    modifiedDate: created,
    relationship: 'Source',
  }
  doc.file(Buffer.from(adoption.canonical, 'utf8'), options)
}
