/**
 * The side of an organisation being created from a person form follows what its name suggests
 * (the paste preview's proposal), until the user picks a side: their choice then stands.
 */
import type { Side } from '../domain/vocabulary'
import { proposeSide } from './paste-words'

export interface NewOrganisationDraft {
  name: string
  acronym: string
  side: Side
  /** Whether the user chose the side themselves. */
  sideChosen: boolean
}

/** An empty draft; its side is what an empty name suggests. */
export function emptyOrganisationDraft(name = '', acronym = ''): NewOrganisationDraft {
  return { name, acronym, side: proposeSide(name, acronym), sideChosen: false }
}

/** The draft after an edit of its fields: a changed side is the user's choice; otherwise the side follows the name. */
export function editOrganisationDraft(
  previous: NewOrganisationDraft,
  next: { name: string; acronym: string; side: Side },
): NewOrganisationDraft {
  if (previous.sideChosen || next.side !== previous.side) return { ...next, sideChosen: true }
  return { ...next, side: proposeSide(next.name, next.acronym), sideChosen: false }
}
