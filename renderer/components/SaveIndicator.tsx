import { useTranslation } from 'react-i18next'
import { AlertTriangle, CheckCircle2, Clock, Loader2, RefreshCw } from 'lucide-react'
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
  // While values wait for the quiet time after the last key, a still clock: a turning icon would
  // repaint the page at every frame under the keys being typed. It turns while a call is on its way.
  const Icon = status === 'saving' ? Clock : status === 'retrying' ? RefreshCw : status === 'invalid' ? AlertTriangle : CheckCircle2
  return (
    <div
      className={`save-indicator save-indicator--${status}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      title={status === 'retrying' || status === 'invalid' ? snapshot.lastMessage : undefined}
    >
      {status === 'saving' && snapshot.sending ? <Loader2 size={15} aria-hidden className="spin" /> : <Icon size={15} aria-hidden />}
      <span>{label}</span>
    </div>
  )
}
