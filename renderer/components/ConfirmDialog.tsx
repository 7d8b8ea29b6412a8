import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'
import { errorMessage } from './error-message'

export interface ConfirmRequest {
  title: string
  message: string
  /** Label of the confirming button, « Supprimer » by default. */
  confirmLabel?: string
  danger?: boolean
  /** Runs on confirmation; a thrown error's (French) message is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void> | void
}

/** Asks before something irreversible; the dialog stays open with the error if the action fails. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setError(null)
    setBusy(false)
    onClose()
  }
  const confirm = async () => {
    if (!request) return
    setBusy(true)
    setError(null)
    try {
      await request.onConfirm()
      close()
    } catch (e) {
      setBusy(false)
      setError(errorMessage(e))
    }
  }
  return (
    <Dialog
      open={request !== null}
      title={request?.title ?? ''}
      onClose={close}
      size="sm"
      initialFocus="[data-confirm]"
      footer={
        <>
          <button type="button" className="btn" onClick={close} disabled={busy}>
            {t('ui.common.cancel')}
          </button>
          <button
            type="button"
            className={request?.danger === false ? 'btn btn--primary' : 'btn btn--danger'}
            onClick={() => void confirm()}
            disabled={busy}
            data-confirm
          >
            {request?.confirmLabel ?? t('ui.common.delete')}
          </button>
        </>
      }
    >
      <p className="dialog__message">{request?.message}</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
