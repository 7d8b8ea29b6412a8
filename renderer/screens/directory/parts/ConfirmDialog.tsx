import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'
import { ErrorBanner } from './ErrorBanner'
import { messageOf } from './use-loader'

interface ConfirmDialogProps {
  title: string
  message: string
  confirmLabel: string
  /** Runs the action; a thrown error is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Asks before a destructive action and shows the API's refusal (e.g. people still attached) in place. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConfirm()
    } catch (e) {
      setError(messageOf(e))
      setBusy(false)
    }
  }

  return (
    <Dialog title={title} onClose={onClose} size="sm">
      <p className="dlg__text">{message}</p>
      <ErrorBanner message={error} />
      <div className="dlg__footer">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          {t('directory.common.cancel')}
        </button>
        <button type="button" className="btn btn--danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? t('directory.common.working') : confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
