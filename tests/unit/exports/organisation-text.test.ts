import { describe, expect, it } from 'vitest'
import { organisationText } from '../../../main/exports/pdf/strings'

describe('organisation as the relevé prints it', () => {
  it('adds the acronym once, and not at all when the name is the acronym or already holds it', () => {
    expect(organisationText({ organisation: 'National Democratic Institute', acronym: 'NDI' })).toBe(
      'National Democratic Institute (NDI)',
    )
    expect(organisationText({ organisation: 'OCDE', acronym: 'OCDE' })).toBe('OCDE')
    expect(organisationText({ organisation: 'Espace Associatif (EA)', acronym: 'EA' })).toBe('Espace Associatif (EA)')
    expect(organisationText({ organisation: '', acronym: 'ADFM' })).toBe('ADFM')
  })
})
