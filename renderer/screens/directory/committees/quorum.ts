import type { TFunction } from 'i18next'
import type { QuorumRule } from '../../../../shared/domain/directory'

/** « 11 membres présents, 3 par collège », or « Aucune règle ». */
export function describeQuorum(t: TFunction, quorum: QuorumRule): string {
  const parts: string[] = []
  if (quorum.minPresent !== null) parts.push(t('directory.committees.quorumPresent', { count: quorum.minPresent }))
  if (quorum.minPerSide !== null) parts.push(t('directory.committees.quorumPerSide', { count: quorum.minPerSide }))
  return parts.length > 0 ? parts.join(', ') : t('directory.committees.quorumNone')
}

/** A count field as typed: empty means « no rule ». */
export function countOf(text: string): number | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : Number(trimmed)
}
