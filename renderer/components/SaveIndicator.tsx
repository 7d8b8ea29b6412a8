import { useTranslation } from 'react-i18next'
import { AlertTriangle, CheckCircle2, Loader2, RefreshCw } from 'lucide-react'
import type { AutosaveSnapshot } from './autosave-store'
import './components.css'

/** « Enregistrement… » / « Enregistré » / « Échec de l'enregistrement — nouvel essai… », announced politely. */
export function SaveIndicator({ snapshot }: { snapshot: AutosaveSnapshot }) {
  const { t } = useTranslation()
  const { status } = snapshot
  const label =
    status === 'saving'
      ? t('meetings.save.saving')
      : status === 'retrying'
        ? t('meetings.save.retrying')
        : status === 'invalid'
          ? t('meetings.save.invalid')
          : t('meetings.save.saved')
  const Icon =
    status === 'saving'
      ? Loader2
      : status === 'retrying'
        ? RefreshCw
        : status === 'invalid'
          ? AlertTriangle
          : CheckCircle2
  return (
    <div
      className={`save-indicator save-indicator--${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      title={status === 'retrying' || status === 'invalid' ? snapshot.lastMessage : undefined}
    >
      <Icon size={15} aria-hidden className={status === 'saving' ? 'spin' : undefined} />
      <span>{label}</span>
    </div>
  )
}
