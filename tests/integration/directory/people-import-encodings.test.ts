/**
 * CSV files in the encodings spreadsheets write: UTF-8 with or without BOM, UTF-16 LE and BE with
 * BOM, and the 8-bit Windows code pages of a French (1252) or an Arabic (1256) Excel, told apart by
 * content. The preview says which encoding it read, and reads again in the one the user chooses.
 */
import { describe, expect, it } from 'vitest'
import { encodeCodePage } from '../../helpers/code-pages'
import { startTestServices } from '../../helpers/services'
import { call } from './helpers'

const ARABIC_CSV = [
  'Civilité;Prénom;Nom;Organisation;Collège',
  'M.;محمد;العلمي;وزارة الاقتصاد والمالية;administration',
  'Mme;فاطمة الزهراء;بنعلي;جمعية الشفافية;société civile',
  'M.;يوسف;الإدريسي;وزارة الاقتصاد والمالية;administration',
].join('\r\n')

const FRENCH_CSV = [
  'Civilité;Prénom;Nom;Fonction;Organisation;Collège',
  'Mme;Hélène;Bérrada;Chargée d’études « données »;Association Œuvre & Société;société civile',
  'M.;François;Lefèvre;Délégué général;Ministère de l’Économie;administration',
].join('\r\n')

const file = (fileName: string, bytes: Buffer, encoding?: string) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
  ...(encoding ? { encoding: encoding as 'utf-8' } : {}),
})

const names = (app: ReturnType<typeof startTestServices>) =>
  app.ctx.db.prepare('SELECT first_name, last_name FROM people ORDER BY id').all() as {
    first_name: string
    last_name: string
  }[]

describe('people import: CSV encodings', () => {
  it('imports the Arabic names of a Windows-1256 CSV intact', async () => {
    const app = startTestServices()
    const bytes = encodeCodePage(ARABIC_CSV, 'windows-1256')
    // Not UTF-8, and read as Windows-1252 it would give « ãÍãÏ ».
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const preview = await call(app, 'people/importPreview', file('arabe.csv', bytes))
    expect(preview).toMatchObject({ encoding: 'windows-1256', created: 3, rejected: 0, fileErrors: [] })
    expect(preview.rows.map((r) => r.lastName)).toEqual(['العلمي', 'بنعلي', 'الإدريسي'])
    await call(app, 'people/importCommit', file('arabe.csv', bytes))
    expect(names(app)).toEqual([
      { first_name: 'محمد', last_name: 'العلمي' },
      { first_name: 'فاطمة الزهراء', last_name: 'بنعلي' },
      { first_name: 'يوسف', last_name: 'الإدريسي' },
    ])
    const organisations = app.ctx.db.prepare('SELECT name FROM organisations ORDER BY name').pluck().all()
    expect(organisations).toEqual(['جمعية الشفافية', 'وزارة الاقتصاد والمالية'])
  })

  it('keeps a Windows-1252 French CSV French', async () => {
    const app = startTestServices()
    const bytes = encodeCodePage(FRENCH_CSV, 'windows-1252')
    const preview = await call(app, 'people/importPreview', file('francais.csv', bytes))
    expect(preview).toMatchObject({ encoding: 'windows-1252', created: 2, fileErrors: [] })
    await call(app, 'people/importCommit', file('francais.csv', bytes))
    expect(names(app)).toEqual([
      { first_name: 'Hélène', last_name: 'Bérrada' },
      { first_name: 'François', last_name: 'Lefèvre' },
    ])
    expect(app.ctx.db.prepare("SELECT function FROM people WHERE last_name = 'Bérrada'").pluck().get()).toBe(
      'Chargée d’études « données »',
    )
  })

  it('reads a UTF-16 BE CSV with its BOM', async () => {
    const app = startTestServices()
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FRENCH_CSV, 'utf16le').swap16()])
    const preview = await call(app, 'people/importPreview', file('unicode-be.csv', bytes))
    expect(preview).toMatchObject({ encoding: 'utf-16be', created: 2, fileErrors: [] })
    expect(preview.rows.map((r) => r.firstName)).toEqual(['Hélène', 'François'])
  })

  it('reads UTF-16 LE with BOM, and UTF-8 with or without BOM', async () => {
    const app = startTestServices()
    const cases: [string, Buffer, string][] = [
      ['le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC_CSV, 'utf16le')]), 'utf-16le'],
      ['bom.csv', Buffer.from(`\uFEFF${ARABIC_CSV}`, 'utf8'), 'utf-8'],
      ['sans-bom.csv', Buffer.from(ARABIC_CSV, 'utf8'), 'utf-8'],
    ]
    for (const [name, bytes, encoding] of cases) {
      const preview = await call(app, 'people/importPreview', file(name, bytes))
      expect(preview, name).toMatchObject({ encoding, created: 3, fileErrors: [] })
      expect(preview.rows[0]?.firstName, name).toBe('محمد')
    }
  })

  it('reads the file again in the encoding the user chooses, and commits in that one', async () => {
    const app = startTestServices()
    const bytes = encodeCodePage(ARABIC_CSV, 'windows-1256')
    const wrong = await call(app, 'people/importPreview', file('arabe.csv', bytes, 'windows-1252'))
    expect(wrong.encoding).toBe('windows-1252')
    expect(wrong.rows[0]?.firstName).toBe('ãÍãÏ')
    const right = await call(app, 'people/importPreview', file('arabe.csv', bytes, 'windows-1256'))
    expect(right.rows[0]?.firstName).toBe('محمد')
    await call(app, 'people/importCommit', file('arabe.csv', bytes, 'windows-1256'))
    expect(names(app)[0]).toEqual({ first_name: 'محمد', last_name: 'العلمي' })
  })

  it('says which encoding a workbook-less refusal was read in, so that another can be tried', async () => {
    const app = startTestServices()
    // Header only: refused, but the encoding is still shown.
    const preview = await call(
      app,
      'people/importPreview',
      file('entete.csv', encodeCodePage('Nom;Organisation\r\n', 'windows-1252')),
    )
    expect(preview.fileErrors.length).toBeGreaterThan(0)
    expect(preview.encoding).toBe('utf-8')
  })
})
