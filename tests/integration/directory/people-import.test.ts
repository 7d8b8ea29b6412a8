import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, refuse } from './helpers'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

// Three bad rows (4, 5, 6); row 7 creates « Nouvelle Association », which row 8 then joins.
const CSV = [
  '\uFEFFCivilité;Prénom;NOM;Fonction;E-mail;Téléphone;Organisation;Collège',
  'Mme;Salma;Bennani;Directrice;salma@example.ma;0600000000;Ministère de la Transition numérique;',
  'M.;Youssef;Alaoui;"Président; fondateur";;;ESPACE ASSOCIATIF;',
  'Dr;Karim;Tazi;;;;Espace associatif;',
  'Mme;Nadia;;;;;Espace associatif;',
  'M.;Omar;Idrissi;;omar@@example;;Espace associatif;',
  'Madame;Leila;Amrani;"Chargée de mission, ""open gov""";;;Nouvelle Association;société civile',
  'M;Hassan;Ouazzani;;;;nouvelle association;',
].join('\r\n')

async function seed(app: ReturnType<typeof startTestServices>) {
  const ministere = await call(app, 'organisations/save', {
    name: 'Ministère de la Transition numérique',
    side: 'administration',
  })
  const espace = await call(app, 'organisations/save', { name: 'Espace associatif', side: 'societe_civile' })
  const youssef = await call(app, 'people/save', {
    civility: 'M.',
    firstName: 'Youssef',
    lastName: 'ALAOUI',
    phone: '0611',
    organisationId: espace.id,
  })
  return { ministere, espace, youssef }
}

describe('people import', () => {
  it('previews a CSV with three bad rows, giving each reason, and writes nothing until committed', async () => {
    const app = startTestServices()
    await seed(app)
    const before = snapshotCounts(app)
    const preview = await call(app, 'people/importPreview', {
      fileName: 'participants.csv',
      contentBase64: base64(CSV),
    })
    expect(preview.fileErrors).toEqual([])
    expect(preview).toMatchObject({ created: 3, updated: 1, rejected: 3 })
    expect(preview.rows.map((r) => [r.row, r.action, r.reasons, r.createsOrganisation])).toEqual([
      [2, 'create', [], false],
      [3, 'update', [], false],
      [4, 'reject', ['Colonne Civilité : « Dr » n’est pas Mme ou M.'], false],
      [5, 'reject', ['Colonne Nom : obligatoire'], false],
      [6, 'reject', ['Colonne Email : adresse invalide (« omar@@example »)'], false],
      [7, 'create', [], true],
      [8, 'create', [], false],
    ])
    expect(snapshotCounts(app)).toEqual(before)
    expect(preview.rows.find((r) => r.row === 3)?.organisationName).toBe('Espace associatif')
  })

  it('commits the good rows in one transaction, creating the organisation the file describes', async () => {
    const app = startTestServices()
    const s = await seed(app)
    const result = await call(app, 'people/importCommit', { fileName: 'participants.csv', contentBase64: base64(CSV) })
    expect(result).toEqual({ created: 3, updated: 1, rejected: 3 })
    const people = await call(app, 'people/list', {})
    expect(people.map((p) => [p.civility, p.firstName, p.lastName, p.organisationName, p.side])).toEqual([
      ['M.', 'Youssef', 'ALAOUI', 'Espace associatif', 'societe_civile'],
      ['Mme', 'Leila', 'Amrani', 'Nouvelle Association', 'societe_civile'],
      ['Mme', 'Salma', 'Bennani', 'Ministère de la Transition numérique', 'administration'],
      ['M.', 'Hassan', 'Ouazzani', 'Nouvelle Association', 'societe_civile'],
    ])
    const youssef = people.find((p) => p.id === s.youssef.id)
    // Updated from the file where it says something, kept where the cell is empty.
    expect(youssef).toMatchObject({ function: 'Président; fondateur', phone: '0611', lastName: 'ALAOUI' })
    expect(people.find((p) => p.lastName === 'Amrani')?.function).toBe('Chargée de mission, "open gov"')
    expect((await call(app, 'organisations/list', {})).map((o) => o.name)).toEqual([
      'Espace associatif',
      'Ministère de la Transition numérique',
      'Nouvelle Association',
    ])
    // Importing the same file again only updates.
    expect(
      await call(app, 'people/importCommit', { fileName: 'participants.csv', contentBase64: base64(CSV) }),
    ).toEqual({
      created: 0,
      updated: 4,
      rejected: 3,
    })
  })

  it('writes nothing at all when one write fails midway', async () => {
    const app = startTestServices()
    await seed(app)
    // A trigger that fails on the third person stands in for a full disk.
    app.ctx.db.exec(`CREATE TEMP TRIGGER fail_third AFTER INSERT ON people WHEN (SELECT count(*) FROM people) > 3
      BEGIN SELECT RAISE(ABORT, 'disque plein'); END`)
    const before = snapshotCounts(app)
    const error = await refuse(app, 'people/importCommit', { fileName: 'participants.csv', contentBase64: base64(CSV) })
    expect(error.code).toBe('CONFLICT')
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('reads a comma-separated CSV without BOM, and a Windows-1252 one', async () => {
    const app = startTestServices()
    await call(app, 'organisations/save', { name: 'OCDE', side: 'partenaire' })
    const comma = 'Nom,Prénom,Civilité,Organisation,Courriel\n"Müller, Anna",Anna,Mme,ocde,anna@oecd.org\n\n'
    const preview = await call(app, 'people/importPreview', { fileName: 'liste.CSV', contentBase64: base64(comma) })
    expect(preview.rows).toEqual([
      {
        row: 2,
        action: 'create',
        civility: 'Mme',
        firstName: 'Anna',
        lastName: 'Müller, Anna',
        organisationName: 'OCDE',
        reasons: [],
        createsOrganisation: false,
      },
    ])
    const latin1 = Buffer.from('Civilité;Prénom;Nom;Organisation\r\nMme;Hélène;Zéroual;OCDE\r\n', 'latin1').toString(
      'base64',
    )
    const fromExcel = await call(app, 'people/importPreview', { fileName: 'export.csv', contentBase64: latin1 })
    expect(fromExcel.rows.map((r) => [r.firstName, r.lastName])).toEqual([['Hélène', 'Zéroual']])
  })

  it('imports the first sheet of an .xlsx workbook', async () => {
    const app = startTestServices()
    await call(app, 'organisations/save', { name: 'Ministère de la Justice', side: 'administration' })
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Participants')
    sheet.addRow(['Civilité', 'Prénom', 'Nom', 'Email', 'Téléphone', 'Organisation', 'Côté'])
    sheet.addRow([
      'Mme',
      'Amina',
      'El Fassi',
      { text: 'amina@justice.gov.ma', hyperlink: 'mailto:amina@justice.gov.ma' },
      212600000000,
      'ministère de la justice',
      '',
    ])
    sheet.addRow([])
    sheet.addRow([
      'M.',
      'Rachid',
      { richText: [{ text: 'Ben' }, { text: 'jelloun', font: { bold: true } }] },
      '',
      '',
      'Partenaire X',
      'Partenaire technique et financier',
    ])
    sheet.addRow(['M.', 'Ali', 'Sans', '', '', 'Partenaire X', 'ovni'])
    workbook.addWorksheet('Autre').addRow(['ignorée'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const file = { fileName: 'participants.xlsx', contentBase64: bytes.toString('base64') }

    const preview = await call(app, 'people/importPreview', file)
    expect(
      preview.rows.map((r) => [r.row, r.action, r.lastName, r.organisationName, r.createsOrganisation, r.reasons]),
    ).toEqual([
      [2, 'create', 'El Fassi', 'Ministère de la Justice', false, []],
      [4, 'create', 'Benjelloun', 'Partenaire X', true, []],
      [5, 'reject', 'Sans', 'Partenaire X', false, [expect.stringMatching(/^Colonne Collège : inconnu « ovni »/)]],
    ])
    expect(await call(app, 'people/importCommit', file)).toEqual({ created: 2, updated: 0, rejected: 1 })
    const amina = (await call(app, 'people/list', { search: 'amina' }))[0]
    expect(amina).toMatchObject({
      email: 'amina@justice.gov.ma',
      phone: '212600000000',
      organisationName: 'Ministère de la Justice',
    })
    expect((await call(app, 'organisations/list', { side: 'partenaire' })).map((o) => o.name)).toEqual(['Partenaire X'])
  })

  it('reports problems with the file as a whole', async () => {
    const app = startTestServices()
    const preview = (fileName: string, content: Buffer | string) =>
      call(app, 'people/importPreview', {
        fileName,
        contentBase64: (typeof content === 'string' ? Buffer.from(content) : content).toString('base64'),
      })

    expect((await preview('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).fileErrors).toEqual([
      'Le fichier « photo.png » n’est ni un classeur Excel (.xlsx) ni un fichier CSV.',
    ])
    expect((await preview('vide.csv', '')).fileErrors).toEqual(['Le fichier est vide : aucune ligne à importer.'])
    expect((await preview('blanc.csv', '\r\n;;\r\n')).fileErrors).toEqual([
      'Le fichier est vide : aucune ligne à importer.',
    ])
    expect((await preview('entete.csv', 'Prénom;Fonction\nJean;Chef\n')).fileErrors).toEqual([
      expect.stringContaining('Colonnes obligatoires absentes de la première ligne : Nom, Organisation.'),
    ])
    expect((await preview('seul.csv', 'Nom;Organisation\n')).fileErrors).toEqual([
      expect.stringContaining('ne contient que la ligne d’en-tête'),
    ])
    expect((await preview('ancien.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).fileErrors[0]).toMatch(
      /Excel 97-2003/,
    )
    expect((await preview('faux.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).fileErrors[0]).toMatch(
      /ne peut pas être lu/,
    )
    expect((await preview('guillemet.csv', 'Nom;Organisation\n"Tazi;OCDE\n')).fileErrors[0]).toMatch(
      /ligne 2 n’est jamais fermé/,
    )

    const tooMany = `Nom;Organisation\n${'Tazi;OCDE\n'.repeat(50_001)}`
    expect((await preview('gros.csv', tooMany)).fileErrors[0]).toMatch(/plus de 50\s000 lignes/)

    const before = snapshotCounts(app)
    const commit = await refuse(app, 'people/importCommit', {
      fileName: 'entete.csv',
      contentBase64: Buffer.from('Prénom\nJean\n').toString('base64'),
    })
    expect(commit.code).toBe('INVALID_INPUT')
    expect(commit.message).toMatch(/^Import impossible : Colonnes obligatoires absentes/)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('flags the same person twice in one file, a new person without civility and an unknown organisation without side', async () => {
    const app = startTestServices()
    await call(app, 'organisations/save', { name: 'OCDE', side: 'partenaire' })
    const csv =
      'Civilité;Prénom;Nom;Organisation\nMme;Anna;Müller;OCDE\nMme;ANNA;Muller;ocde\n;Paul;Martin;OCDE\nM.;Jean;Roux;Fondation inconnue\n'
    const preview = await call(app, 'people/importPreview', { fileName: 'p.csv', contentBase64: base64(csv) })
    expect(preview.rows.map((r) => r.reasons)).toEqual([
      [],
      ['Colonne Nom : même personne qu’à la ligne 2'],
      ['Colonne Civilité : obligatoire pour une personne nouvelle (Mme ou M.)'],
      [
        'Colonne Organisation : « Fondation inconnue » n’existe pas dans l’annuaire ; indiquez son collège (colonne Collège) pour la créer',
      ],
    ])
  })
})
