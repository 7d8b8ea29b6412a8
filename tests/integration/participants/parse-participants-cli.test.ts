import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copilWithInput } from '../../helpers/cli'

const releve = readFileSync(join(__dirname, '../../fixtures/participants/releve-15.txt'), 'utf8')

describe('copil parse-participants', () => {
  it('reads a relevé’s participant list copied from its PDF, wrapped line included, into 15 people (--json)', () => {
    const run = copilWithInput(releve, 'parse-participants', '--json')
    expect(run.code).toBe(0)
    const people = JSON.parse(run.stdout) as Record<string, string | null>[]
    expect(people).toHaveLength(15)
    expect(Object.keys(people[0] ?? {})).toEqual(['civility', 'firstName', 'lastName', 'organisation', 'acronym', 'function'])
    expect(people.map((p) => `${p.civility} ${p.firstName} ${p.lastName} | ${p.organisation}`)).toEqual([
      'Mme Samia EL KHATTABI | Département de la réforme de l’Administration',
      'M. Yassine BOUZIANE | Agence de Développement Digital',
      'Mme Latifa Oumlil | Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption',
      'M. Khalid RAMDANI | Ministère de l’Economie, des Finances et de la Réforme de l’Administration',
      'Mme Naima SEFRIOUI | Archives du Maroc',
      'M. Abdelkader BENHIMA | Ministère de la Justice',
      'M. Hassan Filali | Espace Associatif',
      'Mme Zineb ALOUANI | Association Démocratique des Femmes du Maroc',
      'M. Mounir CHERKAOUI | Alliance Marocaine pour le Climat et le Développement Durable',
      'M. Brahim LAZRAQ | Transparency Maroc',
      'Mme Kenza BENNIS | Observatoire Marocain des Libertés Publiques',
      'M. Aziz MEKOUAR | Club des Magistrats du Maroc',
      'Mme Emily CARTER | National Democratic Institute',
      'M. Lucas MARTIN | National Democratic Institute',
      'M. Said OUHADDOU | OCDE',
    ])
    expect(people[0]).toMatchObject({ firstName: 'Samia', lastName: 'EL KHATTABI' })
    expect(people[7]?.acronym).toBe('ADFM')
    expect(people[14]).toMatchObject({ function: 'Consultant', acronym: '' })
    expect(run.stderr).toContain('Ligne 1 ignorée')
  })

  it('prints a readable French list without --json', () => {
    const run = copilWithInput('• Mme. Rim TAZI, Coordinatrice locale ;\n', 'parse-participants')
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      '1. civilité : Mme · prénom : Rim · nom : TAZI · organisme : — · sigle : — · fonction : Coordinatrice locale\n\n1 personne lue.\n',
    )
  })

  it('says in French that nobody was read, exit 1', () => {
    const run = copilWithInput('\n\n', 'parse-participants', '--json')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Aucune personne lue/)
    expect(run.stdout).toBe('')
  })
})
