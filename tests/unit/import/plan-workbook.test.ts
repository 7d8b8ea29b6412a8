import { describe, expect, it } from 'vitest'
import { HEADERS, planWorkbook, problemsOf, read, row } from './plan-workbook-helpers'

describe('reading a plan workbook', () => {
  it('reads axes in order of appearance, engagements by number, weights, periods, progress and the current planning', async () => {
    const bytes = await planWorkbook(
      [
        row({
          'Avancement de l’engagement': 0.4,
          Poids: 2,
          'Avancement de l’activité': 0.3,
          'Planification initiale': 'juin 2021',
          'Planification actuelle': 'Fin septembre 2021',
          'Dernier état d’avancement': 'Guide rédigé',
        }),
        row({
          'Avancement de l’engagement': 0.4,
          'Act. n°': 2,
          Activité: 'Former les agents',
          'Avancement de l’activité': 0.6,
          'Planification initiale': new Date(Date.UTC(2021, 6, 15)),
        }),
        row({
          Axe: 'Participation',
          'Eng. n°': 2,
          Engagement: 'Budget citoyen',
          'Organisme responsable': '',
          'Avancement de l’engagement': 0.25,
          'Act. n°': null,
          Activité: '',
          Poids: null,
        }),
        row({
          'Eng. n°': 3,
          Engagement: 'Données ouvertes',
          'Act. n°': 1,
          Activité: 'Portail',
          'Planification initiale': 'plus tard (à préciser)',
          'Planification actuelle': 'plus tard (à préciser)',
        }),
      ],
      { title: 'Plan d’action 2021-2023' },
    )
    const result = await read('suivi.xlsx', bytes)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.format).toBe('xlsx')
    const { file } = result
    expect(file.plan.title).toBe('Plan d’action 2021-2023')
    expect(file.axes).toEqual([
      { number: 1, title: 'Transparence' },
      { number: 2, title: 'Participation' },
    ])
    expect(file.engagements.map((e) => [e.number, e.axis, e.title, e.responsible])).toEqual([
      [1, 1, 'Droit d’accès à l’information', 'Ministère de la Réforme'],
      [2, 2, 'Budget citoyen', ''],
      [3, 1, 'Données ouvertes', 'Ministère de la Réforme'],
    ])
    expect(file.engagements[0]?.activities.map((a) => [a.number, a.title, a.weight, a.baseline.text])).toEqual([
      [1, 'Publier le guide', 2, 'juin 2021'],
      // An Excel date in a planning column is a day, as a planned period is written.
      [2, 'Former les agents', 1, '15 juillet 2021'],
    ])
    // « (à préciser) », added by the export to a period it could not read, is not part of the period.
    expect(file.engagements[2]?.activities[0]?.baseline.text).toBe('plus tard')
    // No situation date in the workbook: today's.
    expect(file.progress).toEqual([
      {
        engagement: 1,
        activity: 1,
        date: '2021-03-04',
        percent: 30,
        narrative: 'Guide rédigé',
        difficulties: '',
        replanning: '',
      },
      { engagement: 1, activity: 2, date: '2021-03-04', percent: 60, narrative: '', difficulties: '', replanning: '' },
      // (30 × 2 + 60) / 3 = 40: the activities give the engagement's figure, nothing is declared for engagement 1.
      { engagement: 2, date: '2021-03-04', percent: 25, narrative: '', difficulties: '', replanning: '' },
    ])
    expect(file.replans).toEqual([
      expect.objectContaining({
        engagement: 1,
        activity: 1,
        date: '2021-03-04',
        previous: { text: 'juin 2021' },
        new: { text: 'Fin septembre 2021' },
        kind: 'replanifiee',
      }),
    ])
    expect(result.notes[0]).toBe(
      'Le classeur ne dit pas à quelle date il a été arrêté : ses avancements et planifications actuelles sont enregistrés à la date d’aujourd’hui (4 mars 2021).',
    )
    expect(result.notes).toContain(
      'Engagement n° 3, activité n° 1 : planification « plus tard » gardée telle qu’écrite, à préciser.',
    )
  })

  it('declares an engagement figure its activities do not give, and reads percentages typed as text or as plain numbers', async () => {
    const bytes = await planWorkbook(
      [
        row({ 'Avancement de l’engagement': '70 %', 'Avancement de l’activité': '12,5 %' }),
        row({ 'Avancement de l’engagement': 70, 'Act. n°': 2, Activité: 'Former', 'Avancement de l’activité': 20 }),
      ],
      { percentFormat: false },
    )
    const result = await read('Plan national.xlsx', bytes)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.file.plan.title).toBe('Plan national')
    expect(result.file.progress.map((r) => [r.activity ?? null, r.percent])).toEqual([
      [1, 12.5],
      [2, 20],
      [null, 70],
    ])
    expect(result.notes).toContain(
      'Engagement n° 1 : son avancement (70 %) diffère de celui de ses activités (16 %) ; il est importé comme chiffre déclaré pour l’engagement.',
    )
  })

  it('finds its columns by their titles, in any order, accents and case ignored', async () => {
    const headers = ['ACTIVITE', 'act n°', 'Engagement', 'eng. n°', 'axe', 'poids']
    const bytes = await planWorkbook([['Guide', 1, 'Accès', 4, 'Transparence', '1,5']], { headers })
    const result = await read('plan.xlsx', bytes)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.file.engagements).toEqual([
      expect.objectContaining({
        number: 4,
        title: 'Accès',
        activities: [expect.objectContaining({ number: 1, title: 'Guide', weight: 1.5 })],
      }),
    ])
  })

  it('refuses a workbook without the plan columns (a people file), naming the missing ones', async () => {
    const bytes = await planWorkbook([['Mme', 'Amina', 'ALAOUI', 'Ministère']], {
      headers: ['Civilité', 'Prénom', 'Nom', 'Organisation'],
    })
    expect(problemsOf(await read('personnes.xlsx', bytes))).toEqual([
      'Colonnes obligatoires absentes de la première ligne de la feuille « Feuil1 » : « Axe », « Eng. n° », « Engagement », « Act. n° », « Activité ». Un plan s’importe du classeur qu’écrit « Exporter le suivi (Excel) », ou d’un classeur qui a les mêmes colonnes.',
    ])
  })

  it('refuses a workbook with only its header row, or a column given twice', async () => {
    expect(problemsOf(await read('plan.xlsx', await planWorkbook([])))).toEqual([
      'La feuille « Feuil1 » ne contient que sa ligne d’en-tête : aucun engagement à importer.',
    ])
    const twice = await planWorkbook([], { headers: [...HEADERS, 'Poids'] })
    expect(problemsOf(await read('plan.xlsx', twice))).toEqual([
      'La colonne « Poids » figure deux fois dans la première ligne.',
    ])
  })

  it('names the row and column of every bad cell, and refuses the whole file', async () => {
    const bytes = await planWorkbook([
      row({}),
      row({ 'Act. n°': 10, 'Avancement de l’activité': 'bientôt' }),
      row({ 'Act. n°': 2, Poids: -1, 'Avancement de l’engagement': 1.5 }),
      row({ 'Eng. n°': 'deux', 'Act. n°': 3 }),
      row({ 'Act. n°': 4, Activité: '' }),
      row({ 'Act. n°': null, Activité: 'Sans numéro' }),
      row({ Axe: '', 'Act. n°': 5 }),
      row({ Axe: 'Participation', 'Act. n°': 6 }),
      row({ Engagement: 'Autre intitulé', 'Act. n°': 7 }),
      row({ 'Organisme responsable': 'Autre organisme', 'Act. n°': 8 }),
      row({ 'Act. n°': 1 }),
      row({ 'Act. n°': 9, 'Planification initiale': 'x'.repeat(301) }),
    ])
    expect(problemsOf(await read('plan.xlsx', bytes))).toEqual([
      'Ligne 3, colonne « Avancement de l’activité » : « bientôt » n’est pas un pourcentage entre 0 et 100',
      'Ligne 4, colonne « Avancement de l’engagement » : « 1.5 » n’est pas un pourcentage entre 0 et 100',
      'Ligne 4, colonne « Poids » : « -1 » n’est pas un poids (nombre positif)',
      'Ligne 5, colonne « Eng. n° » : « deux » n’est pas un numéro (nombre entier positif)',
      'Ligne 6, colonne « Activité » : obligatoire',
      'Ligne 7 : l’activité « Sans numéro » n’a pas de numéro (colonne « Act. n° »)',
      'Ligne 8, colonne « Axe » : obligatoire',
      'Ligne 9 : l’engagement n° 1 est déjà rangé ligne 2 sous un autre axe (« Transparence »)',
      'Ligne 10 : l’engagement n° 1 porte ligne 2 un autre intitulé (« Droit d’accès à l’information »)',
      'Ligne 11 : l’engagement n° 1 a ligne 2 un autre organisme responsable (« Ministère de la Réforme »)',
      'Ligne 12 : l’activité n° 1 de l’engagement n° 1 figure déjà ligne 2',
      'Ligne 13, colonne « Planification initiale » : texte trop long (300 caractères au plus)',
    ])
  })

  it('lists at most 50 problems, then how many more', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => row({ 'Act. n°': i + 1, Poids: 'lourd' }))
    const problems = problemsOf(await read('plan.xlsx', await planWorkbook(rows)))
    expect(problems).toHaveLength(51)
    expect(problems.at(-1)).toBe('… et 10 autres problèmes')
  })
})
