import { useEffect, useState, type ReactNode } from 'react'
import { dateFormat } from '../../dates'
import { useTranslation } from 'react-i18next'
import { ShieldAlert } from 'lucide-react'
import { api } from '../../api/client'
import type { RecoveryStatus } from '../../../shared/domain/recovery'
import { taskStageText, useTaskProgress } from '../../components/use-task-progress'
import './recovery.css'

function formatDate(iso: string): string {
  return dateFormat({ dateStyle: 'full', timeStyle: 'short', timeZone: 'Africa/Casablanca' }).format(new Date(iso))
}

/**
 * Shows the recovery screen instead of the app while the database is damaged. Main checks every
 * backup before it answers; meanwhile the page shows how many are checked.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  // undefined while main has not answered yet; null when it could not say.
  const [status, setStatus] = useState<RecoveryStatus | null | undefined>(undefined)
  useEffect(() => {
    api.recovery.status({}).then(setStatus, () => setStatus(null))
  }, [])
  const checking = useTaskProgress(status === undefined ? { kind: 'recovery' } : undefined)
  if (status?.damaged) return <RecoveryScreen status={status} />
  if (status === undefined && checking) {
    return (
      <div className="recovery" role="main">
        <div className="recovery__card card">
          <h1>
            <ShieldAlert size={26} aria-hidden /> {t('recovery.screen.title')}
          </h1>
          <p role="status" className="recovery__status">
            {taskStageText(t, checking)}
          </p>
        </div>
      </div>
    )
  }
  return <>{children}</>
}

function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; movedTo: string } | { kind: 'error'; message: string }>({ kind: 'idle' })
  const [latest, ...others] = status.backups

  async function run(action: () => Promise<{ movedTo: string }>) {
    setState({ kind: 'busy' })
    try {
      const { movedTo } = await action()
      setState({ kind: 'done', movedTo })
      // The services now run on the restored database: start the interface afresh on it.
      setTimeout(() => window.location.reload(), 1500)
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message })
    }
  }

  const busy = state.kind === 'busy' || state.kind === 'done'
  return (
    <div className="recovery" role="main">
      <div className="recovery__card card">
        <h1>
          <ShieldAlert size={26} aria-hidden /> {t('recovery.screen.title')}
        </h1>
        <p>{t('recovery.screen.intro')}</p>
        <p className="recovery__facts">{t('recovery.screen.file', { path: status.dbPath })}</p>
        <p className="recovery__facts">{t('recovery.screen.problem', { problem: status.problem })}</p>
        {latest ? (
          <>
            <p>{t('recovery.screen.latest', { date: formatDate(latest.createdAt) })}</p>
            <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run(() => api.recovery.restore({}))}>
              {t('recovery.screen.restore')}
            </button>
          </>
        ) : (
          <p>{t('recovery.screen.none')}</p>
        )}
        {others.length > 0 ? (
          <details className="recovery__others">
            <summary>{t('recovery.screen.others')}</summary>
            <ul>
              {others.map((b) => (
                <li key={b.name}>
                  {formatDate(b.createdAt)}{' '}
                  <button type="button" className="btn" disabled={busy} onClick={() => void run(() => api.recovery.restore({ name: b.name }))}>
                    {t('recovery.screen.restoreThis')}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <hr />
        <button type="button" className="btn" disabled={busy} onClick={() => void run(() => api.recovery.startEmpty({}))}>
          {t('recovery.screen.startEmpty')}
        </button>
        <p role="status" className="recovery__status">
          {state.kind === 'busy' ? t('recovery.screen.working') : null}
          {state.kind === 'done' ? t('recovery.screen.done', { path: state.movedTo }) : null}
          {state.kind === 'error' ? <span className="recovery__error">{state.message}</span> : null}
        </p>
      </div>
    </div>
  )
}
