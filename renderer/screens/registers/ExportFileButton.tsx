import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Loader2 } from 'lucide-react'
import { receiveFile } from '../../api/receive-file'
import type { Delivery } from '../../../shared/domain/files'
import { errorMessage } from '../../components/error-message'

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; delivery: Delivery } | { kind: 'error'; message: string }

/** One export button of a register: asks main for the file, then says where it went (or why not). */
export function ExportFileButton({
  label,
  icon,
  run,
}: {
  label: string
  icon: ReactNode
  run: () => Promise<Delivery>
}) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'idle' })
  async function click() {
    setState({ kind: 'busy' })
    try {
      setState({ kind: 'done', delivery: await receiveFile(await run()) })
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) })
    }
  }
  return (
    <span className="register-export">
      <button type="button" className="btn" disabled={state.kind === 'busy'} onClick={() => void click()}>
        {state.kind === 'busy' ? <Loader2 size={16} className="spin" aria-hidden /> : icon}
        {label}
      </button>
      <span className="register-export__status" role="status" aria-live="polite">
        {state.kind === 'busy' ? t('exportUi.busy') : null}
        {state.kind === 'error' ? <span className="register-export__error">{state.message}</span> : null}
        {state.kind === 'done' && state.delivery.kind === 'canceled' ? t('files.canceled') : null}
        {state.kind === 'done' && state.delivery.kind === 'download'
          ? t('files.downloaded', { fileName: state.delivery.fileName })
          : null}
        {state.kind === 'done' && state.delivery.kind === 'saved'
          ? t('files.saved', { path: state.delivery.path })
          : null}
      </span>
    </span>
  )
}
