import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import { ar } from '../../../shared/i18n/ar'
import { setLanguage } from '../../../shared/i18n/translate'
import { createSaveDelivery, saveDialogOptions } from '../../../main/electron/save-delivery'
import { tempDir } from '../../helpers/temp'

/** The desktop hand-over with real files, a scripted save dialog and a recording shell. */
function setup(
  answer: { canceled: boolean; filePath?: string },
  write = (path: string, content: Buffer) => writeFile(path, content),
) {
  const asked: SaveDialogOptions[] = []
  const opened: string[] = []
  const shown: string[] = []
  const files = createSaveDelivery({
    documentsDir: () => '/home/secretariat/Documents',
    showSaveDialog: (options) => {
      asked.push(options)
      return Promise.resolve(answer)
    },
    write,
    openPath: (path) => {
      opened.push(path)
      return Promise.resolve('')
    },
    showItemInFolder: (path) => shown.push(path),
  })
  return { ...files, asked, opened, shown }
}

const pdf = {
  fileName: '2020-07-15 Relevé COPIL.pdf',
  mime: 'application/pdf',
  content: Buffer.from('%PDF-1.7 relevé'),
}

describe('saving a file in the desktop app', () => {
  it('asks where to save in French, filtered on the type, starting in Documents', () => {
    expect(saveDialogOptions('Plan.xlsx', '/home/s/Documents')).toEqual({
      title: 'Enregistrer sous',
      buttonLabel: 'Enregistrer',
      defaultPath: '/home/s/Documents/Plan.xlsx',
      filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
    })
    expect(saveDialogOptions('notes.txt', '/d').filters).toEqual([])
  })

  it('asks in Arabic once Arabic is the interface language', () => {
    setLanguage('ar')
    try {
      expect(saveDialogOptions('Plan.xlsx', '/home/s/Documents')).toEqual({
        title: ar.desktop.save.title,
        buttonLabel: ar.desktop.save.button,
        defaultPath: '/home/s/Documents/Plan.xlsx',
        filters: [{ name: ar.desktop.save.xlsx, extensions: ['xlsx'] }],
      })
    } finally {
      setLanguage('fr')
    }
  })

  it('writes the file where the user chose and reports it saved', async () => {
    const target = join(tempDir(), 'relevé.pdf')
    const files = setup({ canceled: false, filePath: target })
    expect(await files.deliver(pdf)).toEqual({ kind: 'saved', path: target })
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 relevé')
    expect(files.asked[0]?.defaultPath).toBe('/home/secretariat/Documents/2020-07-15 Relevé COPIL.pdf')
  })

  it('writes nothing when the dialog is canceled', async () => {
    const dir = tempDir()
    const files = setup({ canceled: true, filePath: join(dir, 'x.pdf') })
    expect(await files.deliver(pdf)).toEqual({ kind: 'canceled' })
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
  })

  it('reports a failed write instead of success, and the file cannot then be opened', async () => {
    const target = join(tempDir(), 'absent', 'relevé.pdf')
    const files = setup({ canceled: false, filePath: target })
    await expect(files.deliver(pdf)).rejects.toThrow(/ENOENT/)
    expect(await files.shell.open(target)).toBe(false)
  })

  it('opens or reveals only files saved in this session', async () => {
    const target = join(tempDir(), 'relevé.pdf')
    const files = setup({ canceled: false, filePath: target })
    expect(await files.shell.open(target)).toBe(false)
    await files.deliver(pdf)
    expect(await files.shell.open(target)).toBe(true)
    expect(files.shell.reveal(target)).toBe(true)
    expect(await files.shell.open('/etc/passwd')).toBe(false)
    expect(files.shell.reveal('/home/secretariat/.ssh/id_ed25519')).toBe(false)
    expect(files.opened).toEqual([target])
    expect(files.shown).toEqual([target])
  })
})
