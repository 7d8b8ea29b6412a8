import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseParticipants, splitAcronym, splitName } from '../../../shared/participants/paste-parse'
import { proposeSide } from '../../../shared/participants/paste-words'

const fixture = readFileSync(join(__dirname, '../../fixtures/participants/varied.txt'), 'utf8')

// [line, civility, first name, surname, organisation, acronym, function, proposed side] — written by hand.
const EXPECTED = [
  [2, 'Mme', 'Salma', 'BENNANI', 'Ministère de la Transition Numérique et de la Réforme de l’Administration', '', '', 'administration'],
  [3, 'M.', 'Youssef', 'ALAOUI', 'Espace Associatif', '', '', 'societe_civile'],
  [4, 'Mme', 'Khadija', 'Ait Taleb', 'Direction Générale des Collectivités Territoriales', 'DGCT', '', 'administration'],
  [5, 'M.', 'Omar', 'El FASSI', 'Agence Nationale de la Réglementation des Télécommunications', 'ANRT', '', 'administration'],
  [6, 'Mme', 'Rim', 'Tazi', '', '', 'Coordinatrice locale du programme Gouvernement ouvert à Tétouan', 'autre'],
  [7, 'M.', 'Karim', 'BEN SOUDA', 'Ministère de l’Intérieur', '', '', 'administration'],
  [8, 'Mme', 'Nawal', 'CHRAIBI', 'Association Marocaine des Droits Humains', 'AMDH', 'Présidente', 'societe_civile'],
  [9, 'M.', 'Hicham', 'LAHLOU', 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption', '', '', 'administration'],
  [11, 'Mme', 'Fatima Zahra', 'Ouazzani', 'Observatoire National du Développement Humain', '', '', 'societe_civile'],
  [12, 'M.', 'Reda', 'Berrada', 'Forum des Alternatives Maroc', 'FMAS', '', 'societe_civile'],
  [13, 'Mme', 'Leila', 'MANSOURI', 'Haut-Commissariat au Plan', '', '', 'administration'],
  [14, 'M.', 'Adil', 'SQALLI', 'Cour des comptes', '', '', 'administration'],
  [15, 'Mme', 'Imane', 'KETTANI', 'Réseau Marocain pour le Droit d’Accès à l’Information', 'REMDI', '', 'societe_civile'],
  [16, 'M.', 'Anas', 'Moukrim', 'OCDE', '', 'Consultant', 'expert'],
  [17, 'Mme', 'Clara', 'MÜLLER', 'Programme des Nations Unies pour le Développement', 'PNUD', '', 'partenaire'],
  [18, 'M.', 'John', 'SMITH', 'National Democratic Institute', '', '', 'partenaire'],
  [19, 'Mme', 'Sanaa', 'IDRISSI', 'Ministère de l’Economie et des Finances', '', 'Chargée de mission', 'administration'],
  [20, 'M.', 'Mehdi', 'Bouzoubaa', 'Département de la Réforme de l’Administration', '', 'Chef de la Division des Systèmes d’Information', 'administration'],
  [21, 'Mme', 'Hind', 'ESSAADI', 'Alliance Marocaine pour le Climat et le Développement Durable', '', '', 'societe_civile'],
  [22, 'M.', 'Amine', 'TAHIRI', 'Transparency Maroc', '', '', 'societe_civile'],
  [23, 'M.', 'Rachid', 'El Idrissi', 'Collectif Démocratie et Libertés', '', '', 'societe_civile'],
  [24, 'Mme', 'Souad', 'LAMRANI', 'Association des Femmes Cheffes d’Entreprises du Maroc', '', '', 'societe_civile'],
  [25, 'M.', 'Nabil', 'ZEROUAL', 'Agence de Développement du Numérique', '', 'Directeur', 'administration'],
  [26, 'Mme', 'Ghita', 'BENJELLOUN', 'Club des Juristes Marocains', '', '', 'societe_civile'],
  [27, 'M.', 'Jamal Eddine', 'SABRI', 'Conseil Économique, Social et Environnemental', 'CESE', '', 'administration'],
  [28, 'Mme', 'Asmae', 'BOUHLAL', 'Ligue Démocratique pour les Droits des Femmes', 'LDDF', '', 'societe_civile'],
  [29, 'M.', 'Taoufik', 'OUAZZANI CHAHDI', 'Délégation Interministérielle aux Droits de l’Homme', '', '', 'administration'],
  [30, 'Mme', 'Yasmina', 'RHAZALI', 'Union Européenne – Délégation au Maroc', '', '', 'partenaire'],
  [31, 'M.', 'Hamza', 'Chafik', '', '', 'Experte en gouvernance ouverte', 'expert'],
  [32, 'Mme', 'Maryam', 'AL HAOUDI', '', '', 'Consultante indépendante', 'expert'],
  [33, 'M.', 'Ilyas', 'BENALI', 'Archives du Maroc', '', '', 'administration'],
  [34, 'Mme', 'Sofia', 'ALAMI', 'Archives du Maroc', '', '', 'administration'],
  [35, 'M.', 'Driss', 'MOUSSAOUI', 'Fédération des Associations de Quartier', '', '', 'societe_civile'],
  [36, 'Mme', 'Wafae', 'BENMOUSSA', 'Programme Tamkine', '', 'Coordinatrice nationale', 'autre'],
  [37, 'M.', 'Othmane', 'Kadiri', 'Banque Mondiale', '', '', 'partenaire'],
  [38, 'M.', 'Abdelilah', 'NAJI', 'Ministère délégué chargé de la Transition Numérique et de la Réforme de l’Administration', '', '', 'administration'],
  [39, 'Mme', 'Houria', 'TAZI-SADEQ', 'Coalition Marocaine pour l’Eau', 'COALMA', '', 'societe_civile'],
  [40, 'Mme', 'NAJAT', 'EL MOUTAWAKIL', 'ASSOCIATION JOUSSOOR', '', '', 'societe_civile'],
  [41, 'M.', 'Moulay Hafid', 'ALAOUI', 'Province de Chefchaouen', '', '', 'administration'],
  [42, 'Mme', 'Hajar', 'Ennaciri', 'Agence Marocaine de Développement des Investissements', '', '', 'administration'],
  [43, 'M.', 'Paul', 'DURAND', 'Expertise France', '', '', 'partenaire'],
  [44, 'Mme', 'Samira', 'KABBAJ', 'Association Tanmia', '', 'Représentante', 'societe_civile'],
  [45, 'M.', 'Ayoub', 'RAMI', 'Syndicat National de la Presse Marocaine', 'SNPM', 'Secrétaire général', 'societe_civile'],] as const

describe('reading a pasted list of participants', () => {
  it('reads the 45-line fixture into 43 people, each field in its place', () => {
    const reading = parseParticipants(fixture)
    expect(fixture.trimEnd().split('\n').length).toBeGreaterThanOrEqual(40)
    const got = reading.participants.map((p) => [
      p.line,
      p.civility,
      p.firstName,
      p.lastName,
      p.organisation,
      p.acronym,
      p.function,
      proposeSide(p.organisation, p.acronym, p.function),
    ])
    expect(got).toEqual(EXPECTED.map((row) => [...row]))
    expect(reading.skipped).toEqual([{ line: 1, text: 'Participants :' }])
  })

  it('joins a line wrapped by a PDF copy to the person it continues, blank lines between them or not', () => {
    const text = [
      '\uF0B7 Mme. Amal HARTI, Instance Centrale de Prévention de la',
      '',
      'Corruption et de la Moralisation ;',
      '\uF0B7 M. Samir EL OUALI, Observatoire Régional de la Dévelop-',
      'pement Durable',
    ].join('\n')
    const [first, second] = parseParticipants(text).participants
    expect(first?.organisation).toBe('Instance Centrale de Prévention de la Corruption et de la Moralisation')
    expect(second?.organisation).toBe('Observatoire Régional de la Développement Durable')
  })

  it('reads a list without civilities, one person per line, and leaves the civility to choose', () => {
    const { participants } = parseParticipants('- Laila BENALI, Association Adala\n- Karim Saidi, Ministère de la Justice\n')
    expect(participants.map((p) => [p.civility, p.firstName, p.lastName, p.organisation])).toEqual([
      [null, 'Laila', 'BENALI', 'Association Adala'],
      [null, 'Karim', 'Saidi', 'Ministère de la Justice'],
    ])
  })

  it('reads « NOM Prénom », titles, e-mail addresses and telephone numbers without keeping them in the name', () => {
    const { participants } = parseParticipants(
      'Mme Dr. ZOUITEN Meryem, Université Mohammed V, meryem.zouiten@exemple.ma, +212 6 61 23 45 67\nM. Pr. Ali BAHIJ - Agence Urbaine de Rabat',
    )
    expect(participants.map((p) => [p.civility, p.firstName, p.lastName, p.organisation])).toEqual([
      ['Mme', 'Meryem', 'ZOUITEN', 'Université Mohammed V'],
      ['M.', 'Ali', 'BAHIJ', 'Agence Urbaine de Rabat'],
    ])
  })

  it('reads nobody from blank text or from headings alone', () => {
    expect(parseParticipants('').participants).toEqual([])
    expect(parseParticipants('\n\nParticipants :\n').participants).toEqual([])
  })
})

describe('the parts of a participant', () => {
  it('splits the surname written in capitals, with its particles, from the first name', () => {
    expect(splitName('Ouiame El MOUSTAMIDE')).toEqual({ firstName: 'Ouiame', lastName: 'El MOUSTAMIDE' })
    expect(splitName('Fatima Zahra Benkirane')).toEqual({ firstName: 'Fatima Zahra', lastName: 'Benkirane' })
    expect(splitName('BERRADA Ahmed')).toEqual({ firstName: 'Ahmed', lastName: 'BERRADA' })
    expect(splitName('BERRADA')).toEqual({ firstName: '', lastName: 'BERRADA' })
  })

  it('takes the acronym from brackets or dashes, and leaves a bracketed place in the name', () => {
    expect(splitAcronym('Association Adala (AJ) ;')).toEqual({ name: 'Association Adala', acronym: 'AJ' })
    expect(splitAcronym('Agence Nationale des Ports-ANP-')).toEqual({ name: 'Agence Nationale des Ports', acronym: 'ANP' })
    expect(splitAcronym('Agence Urbaine (Rabat)')).toEqual({ name: 'Agence Urbaine (Rabat)', acronym: '' })
  })
})
