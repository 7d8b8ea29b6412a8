import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Loader2 } from 'lucide-react'
import type { CsvEncoding, PeopleImportPreview } from '../../../../shared/domain/people-import'
import { api } from '../../../api/client'
import { ErrorBanner } from '../parts/ErrorBanner'
import { messageOf } from '../parts/use-loader'
import { FilePicker } from './FilePicker'
import { ImportColumns } from './ImportColumns'
import { ImportDone } from './ImportDone'
import { ImportPreviewView } from './ImportPreviewView'
import { MAX_IMPORT_BYTES, isImportable, readAsBase64 } from './read-file'

interface Chosen {
  fileName: string
  contentBase64: string
  /** Chosen in the preview; detected by main when absent. */
  encoding?: CsvEncoding
}

type Phase =
  | { kind: 'idle'; notice: string | null }
  | { kind: 'reading'; label: string }
  | {
      kind: 'preview'
      file: Chosen
      preview: PeopleImportPreview
      committing: boolean
      error: string | null
      rereading?: boolean
    }
  | { kind: 'done'; created: number; updated: number; rejected: number }

/**
 * Imports people from a spreadsheet in two steps: the file is read and previewed (nothing is
 * written), then, on confirmation, the same bytes are committed in one transaction.
 */
export function ImportTab() {
  const { t } = useTranslation()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle', notice: null })
  const [error, setError] = useState<string | null>(null)

  const choose = async (file: File) => {
    setError(null)
    if (!isImportable(file.name)) return setError(t('directory.import.wrongType'))
    if (file.size > MAX_IMPORT_BYTES) return setError(t('directory.import.tooLarge'))
    setPhase({ kind: 'reading', label: t('directory.import.reading') })
    try {
      const contentBase64 = await readAsBase64(file)
      setPhase({ kind: 'reading', label: t('directory.import.analysing') })
      const chosen = { fileName: file.name, contentBase64 }
      const preview = await api.people.importPreview(chosen)
      setPhase({ kind: 'preview', file: chosen, preview, committing: false, error: null })
    } catch (e) {
      setError(e instanceof DOMException ? t('directory.import.readFailed', { message: e.message }) : messageOf(e))
      setPhase({ kind: 'idle', notice: null })
    }
  }

  // The same bytes, read again in the encoding the user picked; the commit then uses it too.
  const reread = async (encoding: CsvEncoding) => {
    if (phase.kind !== 'preview') return
    const chosen = { ...phase.file, encoding }
    setPhase({ ...phase, committing: true, rereading: true, error: null })
    try {
      const preview = await api.people.importPreview(chosen)
      setPhase({ kind: 'preview', file: chosen, preview, committing: false, error: null })
    } catch (e) {
      setPhase({ ...phase, committing: false, rereading: false, error: messageOf(e) })
    }
  }

  const commit = async () => {
    if (phase.kind !== 'preview') return
    setPhase({ ...phase, committing: true, error: null })
    try {
      const result = await api.people.importCommit(phase.file)
      setPhase({ kind: 'done', ...result })
    } catch (e) {
      setPhase({ ...phase, committing: false, error: messageOf(e) })
    }
  }

  const fileName = phase.kind === 'preview' ? phase.file.fileName : undefined
  const busy = phase.kind === 'reading' || (phase.kind === 'preview' && phase.committing)
  const picking = phase.kind === 'idle' || phase.kind === 'reading'

  return (
    <section className="dir-tab dir-tab--scroll" aria-labelledby="dir-import-heading">
      <div className={picking ? 'import-layout' : 'import-layout import-layout--single'}>
        <div className="import-main">
          {/* Once the import is done, only its result remains on screen; the heading stays for screen readers. */}
          <div className={phase.kind === 'done' ? 'sr-only' : 'card import-intro'}>
            <h2 id="dir-import-heading" className="section-title">
              {t('directory.import.heading')}
            </h2>
            {picking ? <p className="import-intro__text">{t('directory.import.intro')}</p> : null}
            {phase.kind === 'done' ? null : (
              <FilePicker disabled={busy} onFile={(f) => void choose(f)} current={fileName} />
            )}
            {phase.kind === 'reading' ? (
              <p className="progress" role="status">
                <Loader2 size={16} aria-hidden className="spin" />
                {phase.label}
              </p>
            ) : null}
            {phase.kind === 'idle' && phase.notice ? (
              <p className="notice" role="status">
                {phase.notice}
              </p>
            ) : null}
            <ErrorBanner message={error} />
          </div>

          {phase.kind === 'preview' ? (
            <ImportPreviewView
              fileName={phase.file.fileName}
              preview={phase.preview}
              busy={phase.committing}
              busyLabel={phase.rereading ? t('directory.import.rereading') : t('directory.import.committing')}
              error={phase.error}
              onCommit={() => void commit()}
              onEncoding={(encoding) => void reread(encoding)}
              onCancel={() => setPhase({ kind: 'idle', notice: t('directory.import.cancelled') })}
            />
          ) : null}

          {phase.kind === 'done' ? (
            <ImportDone result={phase} onAnother={() => setPhase({ kind: 'idle', notice: null })} />
          ) : null}
        </div>
        {picking ? (
          <aside className="card import-aside">
            <ImportColumns />
          </aside>
        ) : null}
      </div>
    </section>
  )
}
