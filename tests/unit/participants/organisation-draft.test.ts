import { describe, expect, it } from 'vitest'
import { editOrganisationDraft, emptyOrganisationDraft } from '../../../shared/participants/organisation-draft'

const type = (name: string, acronym = '') => {
  let draft = emptyOrganisationDraft()
  // Letter by letter, as a user types it.
  for (let i = 1; i <= name.length; i++) draft = editOrganisationDraft(draft, { ...draft, name: name.slice(0, i) })
  return acronym ? editOrganisationDraft(draft, { ...draft, acronym }) : draft
}

describe('the side of an organisation created from a person form', () => {
  it('follows the name as it is typed, as the paste preview proposes it', () => {
    expect(type('Ministère de la Santé').side).toBe('administration')
    expect(type('Agence de Développement Numérique').side).toBe('administration')
    expect(type('Association Tafra').side).toBe('societe_civile')
    expect(type('Alliance des jeunes').side).toBe('societe_civile')
    expect(type('Observatoire du Nord').side).toBe('societe_civile')
    expect(type('Programme des Nations Unies pour le Développement', 'PNUD').side).toBe('partenaire')
    expect(type('Zorglub').side).toBe('autre')
  })

  it('keeps the side the user picked whatever is typed next', () => {
    let draft = type('Association')
    draft = editOrganisationDraft(draft, { ...draft, side: 'partenaire' })
    expect(draft).toMatchObject({ side: 'partenaire', sideChosen: true })
    draft = editOrganisationDraft(draft, { ...draft, name: 'Ministère des Finances' })
    expect(draft).toMatchObject({ name: 'Ministère des Finances', side: 'partenaire', sideChosen: true })
  })

  it('starts from a name given beforehand', () => {
    expect(emptyOrganisationDraft('Forum des Alternatives Maroc', 'FMAS')).toMatchObject({
      side: 'societe_civile',
      sideChosen: false,
    })
  })
})
