import { MEMBERSHIP_ROLES, SIDES, type Side } from '../../../../shared/domain/vocabulary'
import type { Membership } from '../../../../shared/domain/directory'

/** A mandate is over once its end date has passed; no end date means it runs on. */
export function isCurrent(m: Membership, today: string): boolean {
  return (m.endDate === null || m.endDate >= today) && (m.startDate === null || m.startDate <= today)
}

/** President first, then members, substitutes, secretariat and observers; by last name within a role. */
export function sortMembers(members: readonly Membership[]): Membership[] {
  return [...members].sort(
    (a, b) =>
      MEMBERSHIP_ROLES.indexOf(a.role) - MEMBERSHIP_ROLES.indexOf(b.role) ||
      a.person.lastName.localeCompare(b.person.lastName, 'fr', { sensitivity: 'base' }) ||
      a.person.firstName.localeCompare(b.person.firstName, 'fr', { sensitivity: 'base' }),
  )
}

export interface MemberCounts {
  total: number
  bySide: { side: Side | null; count: number }[]
  women: number
  men: number
}

/** Members per side (in the usual order, sides with nobody left out) and per gender, from the civility. */
export function countMembers(members: readonly Membership[]): MemberCounts {
  const perSide = new Map<Side | null, number>()
  let women = 0
  for (const m of members) {
    perSide.set(m.person.side, (perSide.get(m.person.side) ?? 0) + 1)
    if (m.person.civility === 'Mme') women++
  }
  const order: (Side | null)[] = [...SIDES, null]
  return {
    total: members.length,
    bySide: order.filter((s) => perSide.has(s)).map((side) => ({ side, count: perSide.get(side) ?? 0 })),
    women,
    men: members.length - women,
  }
}
