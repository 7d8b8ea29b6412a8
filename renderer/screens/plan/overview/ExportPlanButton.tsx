import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet, Loader2 } from 'lucide-react'
import { api } from '../../../api/client'
import { errorMessage } from '../../../components/error-message'
import type { Delivery } from '../../../../shared/domain/files'
import { receiveFile } from '../../../api/receive-file'
import type { AsOf } from '../parts/plan-state'
import { taskStageText, useTaskProgress } from '../../../components/use-task-progress'

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; delivery: Delivery } | { kind: 'error'; message: string }

/** « Exporter le suivi (Excel) »: the follow-up workbook at the « situation au » shown. */
export function ExportPlanButton({ planId, asOf }: { planId: number; asOf: AsOf }) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function run() {
    setState({ kind: 'busy' })
    try {
      const delivery = await receiveFile(await api.plans.exportXlsx({ planId, asOf }))
      setState({ kind: 'done', delivery })
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) })
    }
  }

  const progress = useTaskProgress(state.kind === 'busy' ? { kind: 'planWorkbook', planId } : undefined)
  return (
    <div className="plan-export">
      <button type="button" className="btn" disabled={state.kind === 'busy'} onClick={() => void run()}>
        {state.kind === 'busy' ? <Loader2 size={16} className="spin" aria-hidden /> : <FileSpreadsheet size={16} aria-hidden />}
        {t('planUi.export.button')}
      </button>
      <span className="plan-export__status" role="status" aria-live="polite">
        {state.kind === 'busy' ? (progress ? taskStageText(t, progress) : t('planUi.export.busy')) : null}
        {state.kind === 'error' ? <span className="plan-export__error">{t('planUi.export.failed', { message: state.message })}</span> : null}
        {state.kind === 'done' && state.delivery.kind === 'download' ? t('planUi.export.done', { fileName: state.delivery.fileName }) : null}
        {state.kind === 'done' && state.delivery.kind === 'saved' ? t('files.saved', { path: state.delivery.path }) : null}
        {state.kind === 'done' && state.delivery.kind === 'canceled' ? t('files.canceled') : null}
      </span>
    </div>
  )
}
