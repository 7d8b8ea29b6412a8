import { describe, expect, it } from 'vitest'
import { personName, surnameText } from '../../../shared/text/person-name'

describe('the surname as every screen and export writes it', () => {
  it('capitalises French accents and the cedilla, keeping them', () => {
    expect(surnameText('Tlemçani')).toBe('TLEMÇANI')
    expect(surnameText('Lefèvre-Élie')).toBe('LEFÈVRE-ÉLIE')
    expect(surnameText('Œuvrard')).toBe('ŒUVRARD')
  })

  it('writes ß as SS, as French and German capitals do', () => {
    expect(surnameText('Groß')).toBe('GROSS')
  })

  it('capitalises particles and every part of a hyphenated name', () => {
    expect(surnameText('Ben Chrifa')).toBe('BEN CHRIFA')
    expect(surnameText('El moustamide')).toBe('EL MOUSTAMIDE')
    expect(surnameText('Nech-Nach')).toBe('NECH-NACH')
    expect(surnameText("d'Aubigné")).toBe("D'AUBIGNÉ")
  })

  it('leaves Arabic untouched, alone or beside Latin letters', () => {
    expect(surnameText('بنكيران')).toBe('بنكيران')
    expect(surnameText('Lamrani لمراني')).toBe('LAMRANI لمراني')
  })

  it('keeps a name already in capitals and tidies the spaces it was typed with', () => {
    expect(surnameText('LASFAR')).toBe('LASFAR')
    expect(surnameText('  Ben   Chrifa ')).toBe('BEN CHRIFA')
  })
})

describe('a person as a participant', () => {
  it('reads « Mme Prénom NOM », the first name as typed', () => {
    expect(personName({ civility: 'Mme', firstName: 'Sarah', lastName: 'Lamrani' })).toBe('Mme Sarah LAMRANI')
    expect(personName({ civility: 'M.', firstName: 'Saâd', lastName: 'Benkirane' })).toBe('M. Saâd BENKIRANE')
  })

  it('leaves out what is empty, without double spaces', () => {
    expect(personName({ civility: '', firstName: ' ', lastName: 'Milic' })).toBe('MILIC')
    expect(personName({ civility: 'M.', firstName: 'Ahmed', lastName: '' })).toBe('M. Ahmed')
  })
})
