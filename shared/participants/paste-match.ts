/**
 * Matches people read from a pasted list to the directory: the same person or organisation
 * whatever the accents, the case or a letter typed wrong; otherwise a new person or a new
 * organisation, with the side its name suggests. Pure: the directory is given.
 */
import type { Organisation, Person } from '../domain/directory'
import type { Side } from '../domain/vocabulary'
import { foldText } from '../text/fold'
import type { PastedParticipant } from './paste-parse'
import { proposeSide } from './paste-words'

export type OrganisationChoice =
  | { kind: 'none' }
  | { kind: 'existing'; id: number; name: string; side: Side }
  | { kind: 'new'; name: string; acronym: string; side: Side }

export interface PasteRow {
  read: PastedParticipant
  /** The person of the directory this line names, if any. */
  personId: number | null
  organisation: OrganisationChoice
}

/** Edit distance, stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

// Punctuation and apostrophes do not tell two names apart.
const key = (text: string) => foldText(text.replace(/[’'`\-.,()]/gu, ' '))
const sortedKey = (text: string) => key(text).split(' ').sort().join(' ')
const tolerance = (text: string) => (text.length >= 24 ? 3 : text.length >= 12 ? 2 : text.length >= 6 ? 1 : 0)

/** Whether two names are the same up to accents, case, word order and a letter or two typed wrong. */
export function sameName(a: string, b: string): boolean {
  const ka = sortedKey(a)
  const kb = sortedKey(b)
  return ka === kb || distance(ka, kb, tolerance(ka)) <= tolerance(ka)
}

const withoutAcronym = (name: string) => name.replace(/\s*\([^()]*\)\s*$/u, '')

/** The directory's organisation a pasted name (or acronym) means, if any. */
export function findOrganisation(
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'acronym' | 'side'>[],
  name: string,
  acronym: string,
): Pick<Organisation, 'id' | 'name' | 'acronym' | 'side'> | undefined {
  if (name.trim() !== '') {
    const exact = organisations.find((o) => key(withoutAcronym(o.name)) === key(withoutAcronym(name)))
    if (exact) return exact
    const close = organisations.find((o) => sameName(withoutAcronym(o.name), withoutAcronym(name)))
    if (close) return close
  }
  const acr = key(acronym || (name.trim() && !/\s/u.test(name.trim()) ? name : ''))
  return acr ? organisations.find((o) => key(o.acronym) === acr || key(o.name) === acr) : undefined
}

/** Each pasted person matched to the directory; people of the paste sharing a new organisation share it. */
export function matchPasted(
  read: readonly PastedParticipant[],
  people: readonly Pick<Person, 'id' | 'firstName' | 'lastName' | 'organisationId'>[],
  organisations: readonly Pick<Organisation, 'id' | 'name' | 'acronym' | 'side'>[],
): PasteRow[] {
  return read.map((p) => {
    const person = people.find((x) => sameName(`${x.firstName} ${x.lastName}`, `${p.firstName} ${p.lastName}`))
    const found = findOrganisation(organisations, p.organisation, p.acronym)
    let organisation: OrganisationChoice
    if (found) organisation = { kind: 'existing', id: found.id, name: found.name, side: found.side }
    else if (p.organisation.trim() || p.acronym.trim()) {
      organisation = {
        kind: 'new',
        name: p.organisation.trim() || p.acronym.trim(),
        acronym: p.acronym.trim(),
        side: proposeSide(p.organisation, p.acronym, p.function),
      }
    } else organisation = { kind: 'none' }
    return { read: p, personId: person?.id ?? null, organisation }
  })
}
