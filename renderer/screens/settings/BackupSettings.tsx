import { useCallback, useEffect, useState } from 'react'
import { dateFormat, formatLongDate } from '../../dates'
import { useTranslation } from 'react-i18next'
import { DatabaseBackup, Download, RotateCcw } from 'lucide-react'
import { api } from '../../api/client'
import { receiveFile } from '../../api/receive-file'
import type { BackupDetails, BackupInfo } from '../../../shared/domain/backups'
import type { TaskKind } from '../../../shared/domain/tasks'
import { taskStageText, useTaskProgress } from '../../components/use-task-progress'

function formatDate(iso: string): string {
  return dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Casablanca' }).format(new Date(iso))
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} Ko` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`
}

/** Paramètres → Sauvegardes: list, back up now, restore after seeing what a backup holds, export a copy. */
export function BackupSettings() {
  const { t } = useTranslation()
  const [backups, setBackups] = useState<BackupInfo[]>([])
  // The long task under way, if any: its progress (copy, checks, swap) is asked of main meanwhile.
  const [busy, setBusy] = useState<TaskKind | 'other' | null>(null)
  const progress = useTaskProgress(busy === 'backup' || busy === 'restore' ? { kind: busy } : undefined)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [pending, setPending] = useState<BackupDetails | null>(null)

  const refresh = useCallback(() => {
    api.backups.list({}).then(setBackups, (e: Error) => setMessage({ kind: 'error', text: e.message }))
  }, [])
  useEffect(refresh, [refresh])

  async function act(work: () => Promise<string | null>, kind: TaskKind | 'other' = 'other') {
    setBusy(kind)
    setMessage(null)
    try {
      const text = await work()
      if (text) setMessage({ kind: 'ok', text })
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message })
    } finally {
      setBusy(null)
      refresh()
    }
  }

  return (
    <section className="card settings__section" aria-labelledby="settings-backups">
      <div className="settings__heading">
        <h2 id="settings-backups">{t('settings.backups.title')}</h2>
        <button type="button" className="btn btn--primary" disabled={busy !== null} onClick={() => void act(async () => (await api.backups.create({}), t('settings.backups.created')), 'backup')}>
          <DatabaseBackup size={16} aria-hidden />
          {busy === 'backup' ? t('settings.backups.working') : t('settings.backups.now')}
        </button>
      </div>
      <p className="settings__intro">{t('settings.backups.intro')}</p>
      {progress ? (
        <p role="status" className="settings__progress" data-stage={progress.stage}>
          {taskStageText(t, progress)}
        </p>
      ) : null}
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'settings__error' : 'settings__ok'}>
          {message.text}
        </p>
      ) : null}
      {pending ? (
        <div className="settings__confirm" role="alertdialog" aria-labelledby="restore-title">
          <h3 id="restore-title">{t('settings.backups.confirmTitle', { date: formatDate(pending.createdAt) })}</h3>
          <p>{t('settings.backups.holds', {
              meetings: t('settings.backups.holdsMeetings', { count: pending.counts.meetings }),
              decisions: t('settings.backups.holdsDecisions', { count: pending.counts.decisions }),
              people: t('settings.backups.holdsPeople', { count: pending.counts.people }),
              organisations: t('settings.backups.holdsOrganisations', { count: pending.counts.organisations }),
              plans: t('settings.backups.holdsPlans', { count: pending.counts.plans }),
            })}</p>
          {pending.lastMeetingDate ? <p>{t('settings.backups.lastMeeting', { date: formatLongDate(pending.lastMeetingDate) })}</p> : null}
          <p>{t('settings.backups.confirmText')}</p>
          <div className="settings__actions">
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy !== null}
              onClick={() =>
                void act(async () => {
                  const result = await api.backups.restore({ name: pending.name })
                  setPending(null)
                  return t('settings.backups.restored', { name: result.previousBackup })
                }, 'restore')
              }
            >
              {t('settings.backups.confirm')}
            </button>
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {backups.length === 0 ? (
        <p className="empty">{t('settings.backups.empty')}</p>
      ) : (
        <table className="settings__table">
          <thead>
            <tr>
              <th scope="col">{t('settings.backups.date')}</th>
              <th scope="col">{t('settings.backups.reason')}</th>
              <th scope="col">{t('settings.backups.size')}</th>
              <th scope="col">{t('settings.backups.schema')}</th>
              <th scope="col">{t('settings.backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>{formatDate(b.createdAt)}</td>
                <td>{t(`backup.reasons.${b.reason}`)}</td>
                <td>{formatSize(b.size)}</td>
                <td>v{b.schemaVersion}</td>
                <td className="settings__row-actions">
                  <button type="button" className="btn" disabled={busy !== null} onClick={() => void act(async () => (setPending(await api.backups.inspect({ name: b.name })), null))}>
                    <RotateCcw size={14} aria-hidden />
                    {t('settings.backups.restore')}
                  </button>
                  <button type="button" className="btn" disabled={busy !== null} onClick={() => void act(async () => (await receiveFile(await api.backups.export({ name: b.name })), null))}>
                    <Download size={14} aria-hidden />
                    {t('settings.backups.export')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
