/** Organisations, people, committees and memberships, as the interface and the exports see them. */
import type { Civility, MembershipRole, Side } from './vocabulary'

export interface Organisation {
  id: number
  name: string
  acronym: string
  side: Side
  /** Number of people attached, for the directory list. */
  peopleCount: number
}

export interface Person {
  id: number
  civility: Civility
  firstName: string
  lastName: string
  function: string
  email: string
  phone: string
  organisationId: number | null
  organisationName: string
  side: Side | null
}

/** A person who looks like the one being saved: same name in the same organisation. */
export interface DuplicateCandidate {
  id: number
  displayName: string
  organisationName: string
}

export interface QuorumRule {
  /** Minimum number of members present (or represented); null when no rule. */
  minPresent: number | null
  /** Minimum present per side among the sides with members; null when no rule. */
  minPerSide: number | null
}

export interface Committee {
  id: number
  name: string
  acronym: string
  defaultPlace: string
  quorum: QuorumRule
  memberCount: number
}

export interface Membership {
  id: number
  committeeId: number
  personId: number
  role: MembershipRole
  startDate: string | null
  endDate: string | null
  person: Person
}

export interface CommitteeDetail extends Committee {
  members: Membership[]
}

/**
 * An organisation's name for a list: « Nom (ACR) », without doubling an acronym the name already
 * carries (« Alliance … (AMCDD) » stays as it is).
 */
export function organisationLabel(o: { name: string; acronym: string }): string {
  const acronym = o.acronym.trim()
  if (!acronym) return o.name
  const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const name = folded(o.name)
  const tail = folded(acronym)
  return name.endsWith(`(${tail})`) || name === tail ? o.name : `${o.name} (${acronym})`
}
