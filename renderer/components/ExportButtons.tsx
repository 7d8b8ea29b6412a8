import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet, FileText, FileType, Loader2 } from 'lucide-react'
import { api } from '../api/client'
import { receiveFile } from '../api/receive-file'
import type { Delivery, ReleveFormat } from '../../shared/domain/files'
import { unprintableMessage } from '../../shared/text/unprintable'
import { taskStageText, useTaskProgress } from './use-task-progress'
import './export-buttons.css'

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ReleveFormat }
  | { kind: 'done'; delivery: Delivery; unprintable: string[] }
  | { kind: 'error'; message: string }

/** « Exporter en PDF » / « Exporter en Excel » / « Exporter en Word » for a meeting, with progress, result and errors shown. */
export function ExportButtons({ meetingId, beforeExport }: { meetingId: number; beforeExport?: () => Promise<void> }) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function run(format: ReleveFormat) {
    setState({ kind: 'busy', format })
    try {
      // Pending edits are saved first, so the file holds what is on screen.
      await beforeExport?.()
      const result = await api.exports.releve({ meetingId, format })
      const delivery = await receiveFile(result)
      setState({ kind: 'done', delivery, unprintable: result.unprintable })
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message })
    }
  }

  async function follow(action: 'open' | 'reveal', path: string) {
    try {
      if (action === 'open') await api.files.open({ path })
      else await api.files.reveal({ path })
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message })
    }
  }

  const busy = state.kind === 'busy'
  // The layout runs in main's background worker: the page asks where it stands while it waits.
  const progress = useTaskProgress(busy ? { kind: 'releve', meetingId, format: state.format } : undefined)
  return (
    <div className="export-buttons">
      <button type="button" className="btn" disabled={busy} onClick={() => void run('pdf')}>
        {busy && state.format === 'pdf' ? <Loader2 size={16} className="spin" aria-hidden /> : <FileText size={16} aria-hidden />}
        {t('exportUi.pdf')}
      </button>
      <button type="button" className="btn" disabled={busy} onClick={() => void run('xlsx')}>
        {busy && state.format === 'xlsx' ? <Loader2 size={16} className="spin" aria-hidden /> : <FileSpreadsheet size={16} aria-hidden />}
        {t('exportUi.xlsx')}
      </button>
      <button type="button" className="btn" disabled={busy} onClick={() => void run('docx')}>
        {busy && state.format === 'docx' ? <Loader2 size={16} className="spin" aria-hidden /> : <FileType size={16} aria-hidden />}
        {t('exportUi.docx')}
      </button>
      <div className="export-buttons__status" role="status" aria-live="polite">
        {busy ? (
          <span className="export-buttons__progress" data-stage={progress?.stage ?? 'busy'}>
            {progress ? taskStageText(t, progress) : t('exportUi.busy')}
          </span>
        ) : null}
        {state.kind === 'error' ? <span className="export-buttons__error">{state.message}</span> : null}
        {state.kind === 'done' && state.delivery.kind === 'canceled' ? t('files.canceled') : null}
        {state.kind === 'done' && state.delivery.kind === 'download' ? t('files.downloaded', { fileName: state.delivery.fileName }) : null}
        {state.kind === 'done' && state.delivery.kind === 'saved' ? (
          <>
            {t('files.saved', { path: state.delivery.path })}{' '}
            <button type="button" className="btn btn--link" onClick={() => void follow('open', (state.delivery as { path: string }).path)}>
              {t('files.open')}
            </button>
            <button type="button" className="btn btn--link" onClick={() => void follow('reveal', (state.delivery as { path: string }).path)}>
              {t('files.reveal')}
            </button>
          </>
        ) : null}
        {state.kind === 'done' && state.delivery.kind !== 'canceled' && state.unprintable.length > 0 ? (
          <span className="export-buttons__warning" data-testid="export-unprintable">
            {unprintableMessage(t, state.unprintable)}
          </span>
        ) : null}
      </div>
    </div>
  )
}
