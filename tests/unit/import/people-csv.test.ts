import { describe, expect, it } from 'vitest'
import { detectSeparator, parseCsv } from '../../../main/import/people/csv'
import { columnOfHeader, parseCivility, parseSide } from '../../../main/import/people/columns'
import { decodeCsv } from '../../../main/import/people/encoding'
import { foldText, personNameKey } from '../../../shared/text/fold'

const decodeCsvText = (bytes: Buffer) => decodeCsv(bytes).text

describe('CSV reader', () => {
  it('detects « ; », « , » or tab on the header line, ignoring separators inside quotes', () => {
    expect(detectSeparator('Nom;Prénom;Organisation\nA,B;C;D')).toBe(';')
    expect(detectSeparator('Nom,Prénom,"Organisation; sigle"\n')).toBe(',')
    expect(detectSeparator('\n\nNom\tPrénom\n')).toBe('\t')
    expect(detectSeparator('Nom\n')).toBe(',')
  })

  it('reads quoted fields with doubled quotes, separators and line breaks, and numbers records by their first line', () => {
    const { records, unclosedQuoteLine } = parseCsv(
      'Nom;Fonction\r\n"Tazi";"Chef ""adjoint""; DSI"\r\n\r\nAlami;"Ligne 1\nLigne 2"\nBennani;=1+1\r',
      ';',
    )
    expect(unclosedQuoteLine).toBeNull()
    expect(records).toEqual([
      { line: 1, cells: ['Nom', 'Fonction'] },
      { line: 2, cells: ['Tazi', 'Chef "adjoint"; DSI'] },
      { line: 4, cells: ['Alami', 'Ligne 1\nLigne 2'] },
      { line: 6, cells: ['Bennani', '=1+1'] },
    ])
  })

  it('keeps a quote in the middle of a field, and reports a quote that never closes', () => {
    expect(parseCsv('a;l"avis;c\n', ';').records[0]?.cells).toEqual(['a', 'l"avis', 'c'])
    expect(parseCsv('Nom;Org\nx;y\n"jamais fermé;z\n', ';').unclosedQuoteLine).toBe(3)
  })

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252', () => {
    expect(decodeCsvText(Buffer.from('\uFEFFPrénom', 'utf8'))).toBe('Prénom')
    expect(decodeCsvText(Buffer.from('Prénom 👍', 'utf8'))).toBe('Prénom 👍')
    expect(decodeCsvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Prénom', 'utf16le')]))).toBe('Prénom')
    expect(decodeCsvText(Buffer.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x20, 0x9c]))).toBe('Prénom œ')
  })
})

describe('columns and values of a people file', () => {
  it('recognises French headers, accents, case and punctuation ignored', () => {
    expect(
      [
        'Civilité',
        'CIVILITE',
        'Prénom',
        'NOM',
        'Fonction',
        'E-mail',
        'Courriel',
        'Téléphone',
        'Organisation',
        'Collège',
        'Côté',
      ].map(columnOfHeader),
    ).toEqual([
      'civility',
      'civility',
      'firstName',
      'lastName',
      'function',
      'email',
      'email',
      'phone',
      'organisation',
      'side',
      'side',
    ])
    expect(columnOfHeader('Remarques')).toBeUndefined()
  })

  it('reads civilities and sides as people write them', () => {
    expect(['Mme', 'Mme.', 'madame', 'M', 'M.', 'Monsieur', 'Mr'].map(parseCivility)).toEqual([
      'Mme',
      'Mme',
      'Mme',
      'M.',
      'M.',
      'M.',
      'M.',
    ])
    expect(parseCivility('Dr')).toBeUndefined()
    expect(
      [
        'Administration publique',
        'société civile',
        'PTF',
        'Partenaire technique et financier',
        'Expert / consultant',
        'autres',
      ].map(parseSide),
    ).toEqual(['administration', 'societe_civile', 'partenaire', 'partenaire', 'expert', 'autre'])
    expect(parseSide('ovni')).toBeUndefined()
  })
})

describe('folded names', () => {
  it('drops accents and case, collapses spaces, and spells ligatures out', () => {
    expect(foldText('  Espace   Associatif ')).toBe('espace associatif')
    expect(foldText('ÉTAT D’AVANCEMENT')).toBe("etat d'avancement")
    expect(foldText('Œuvre Ñandú')).toBe('oeuvre nandu')
    expect(foldText('مرحبا')).toBe('مرحبا')
    expect(personNameKey('Hélène', 'DE LA FONTAINE')).toBe(personNameKey('helene ', 'de la  fontaine'))
    expect(personNameKey('', 'Tazi')).toBe('tazi')
  })
})
