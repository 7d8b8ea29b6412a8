/** The kind of a replan read from its new period and wording, when nobody says which it is. */
import type { PlannedPeriod } from '../period'
import type { ReplanKind } from '../domain/vocabulary'
import { foldText } from '../text/fold'

/** « annulée », « dépend de tiers », « sans visibilité » or « replanifiée », from the new period as typed and as read. */
export function replanKindOf(text: string, period: PlannedPeriod | null): ReplanKind {
  if (period?.kind === 'cancelled') return 'annulee'
  const folded = foldText(text)
  // « dépend du retour des départements » (also misspelt « dépond » in real minutes): a date to be
  // determined by someone else.
  if (/\bdep[eo]nd/.test(folded)) return 'depend_tiers'
  if (period?.kind === 'tbd') return 'sans_visibilite'
  if (/\bannul/.test(folded)) return 'annulee'
  if (/visibilit/.test(folded)) return 'sans_visibilite'
  return 'replanifiee'
}
