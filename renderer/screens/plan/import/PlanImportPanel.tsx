import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Loader2 } from 'lucide-react'
import type { PlanImportPreview, PlanImportResult } from '../../../../shared/domain/plan-import'
import { api } from '../../../api/client'
import { errorMessage } from '../../../components/error-message'
import { useLoad } from '../parts/use-load'
import { PlanFilePicker } from './PlanFilePicker'
import { PlanImportPreviewView } from './PlanImportPreviewView'

/** The API accepts at most 40,000,000 base64 characters: 30 MB of file. */
const MAX_BYTES = (40_000_000 / 4) * 3

interface Chosen {
  fileName: string
  contentBase64: string
}

type Phase =
  | { kind: 'idle'; notice: string | null }
  | { kind: 'reading'; label: string }
  | {
      kind: 'preview'
      file: Chosen
      preview: PlanImportPreview
      title: string
      committeeId: number | null
      busy: string | null
      error: string | null
    }

/** The file's bytes as base64, read in the renderer. */
function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'))
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.readAsDataURL(file)
  })
}

/**
 * « Importer un plan » in two steps, as the people import: the file is read and previewed (nothing
 * is written), then, on confirmation, the same bytes are imported in one transaction.
 */
export function PlanImportPanel({
  onImported,
  heading,
}: {
  onImported: (result: PlanImportResult) => void
  heading: 'h1' | 'h2'
}) {
  const { t } = useTranslation()
  const [phase, setPhase] = useState<Phase>({ kind: 'idle', notice: null })
  const [error, setError] = useState<string | null>(null)
  const loadCommittees = useCallback(() => api.committees.list({}), [])
  const committees = useLoad(loadCommittees).data ?? []

  const choose = async (file: File) => {
    setError(null)
    if (!/\.(xlsx|json)$/iu.test(file.name)) return setError(t('planImport.wrongType'))
    if (file.size > MAX_BYTES) return setError(t('planImport.tooLarge'))
    setPhase({ kind: 'reading', label: t('planImport.reading') })
    try {
      const contentBase64 = await readAsBase64(file)
      setPhase({ kind: 'reading', label: t('planImport.analysing') })
      const chosen = { fileName: file.name, contentBase64 }
      const preview = await api.plans.importPreview(chosen)
      // The committee the file names; else the only committee there is, as when a plan is created here.
      const only = committees.length === 1 ? (committees[0]?.id ?? null) : null
      setPhase({
        kind: 'preview',
        file: chosen,
        preview,
        title: preview.title,
        committeeId: preview.committeeId ?? only,
        busy: null,
        error: null,
      })
    } catch (e) {
      setError(e instanceof DOMException ? t('planImport.readFailed', { message: e.message }) : errorMessage(e))
      setPhase({ kind: 'idle', notice: null })
    }
  }

  const checkTitle = async () => {
    if (phase.kind !== 'preview') return
    setPhase({ ...phase, busy: t('planImport.checking'), error: null })
    try {
      const preview = await api.plans.importPreview({ ...phase.file, title: phase.title })
      setPhase({ ...phase, preview, title: preview.title, busy: null, error: null })
    } catch (e) {
      setPhase({ ...phase, busy: null, error: errorMessage(e) })
    }
  }

  const commit = async () => {
    if (phase.kind !== 'preview') return
    setPhase({ ...phase, busy: t('planImport.committing'), error: null })
    try {
      onImported(await api.plans.importCommit({ ...phase.file, title: phase.title, committeeId: phase.committeeId }))
    } catch (e) {
      setPhase({ ...phase, busy: null, error: errorMessage(e) })
    }
  }

  const Heading = heading
  const busy = phase.kind === 'reading' || (phase.kind === 'preview' && phase.busy !== null)
  return (
    <div className="plan-import">
      <div className="plan-import__intro">
        <Heading className={heading === 'h1' ? 'page__title' : 'plan-empty__subtitle'}>
          {t('planImport.heading')}
        </Heading>
        {phase.kind === 'preview' ? null : <p className="plan-import__text">{t('planImport.intro')}</p>}
        <PlanFilePicker
          disabled={busy}
          onFile={(f) => void choose(f)}
          current={phase.kind === 'preview' ? phase.file.fileName : undefined}
        />
        {phase.kind === 'reading' ? (
          <p className="plan-import__progress" role="status">
            <Loader2 size={16} aria-hidden className="plan-import__spin" />
            {phase.label}
          </p>
        ) : null}
        {phase.kind === 'idle' && phase.notice ? (
          <p className="plan-import__progress" role="status">
            {phase.notice}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      {phase.kind === 'preview' ? (
        <PlanImportPreviewView
          fileName={phase.file.fileName}
          preview={phase.preview}
          title={phase.title}
          onTitle={(title) => setPhase({ ...phase, title })}
          committees={committees}
          committeeId={phase.committeeId}
          onCommittee={(committeeId) => setPhase({ ...phase, committeeId })}
          busy={phase.busy}
          error={phase.error}
          onCheckTitle={() => void checkTitle()}
          onCommit={() => void commit()}
          onCancel={() => setPhase({ kind: 'idle', notice: t('planImport.cancelled') })}
        />
      ) : null}
    </div>
  )
}
