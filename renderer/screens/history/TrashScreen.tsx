import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RotateCcw } from 'lucide-react'
import { PageHeader } from '../../components/PageHeader'
import { api } from '../../api/client'
import type { TrashItem } from '../../../shared/domain/history'
import { formatHistoryTime } from '../../../shared/history/describe'
import './history.css'

/** The « Corbeille »: what was deleted in the last 30 days, by whom, and « Restaurer ». */
export function TrashScreen() {
  const { t } = useTranslation()
  const [items, setItems] = useState<TrashItem[] | null>(null)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const reload = useCallback(
    () =>
      api.history.trash({}).then(setItems, (e: Error) => {
        setMessage({ kind: 'error', text: e.message })
        setItems([])
      }),
    [],
  )
  useEffect(() => {
    void reload()
  }, [reload])

  async function restore(item: TrashItem) {
    try {
      await api.history.restore({ trashId: item.id })
      setMessage({ kind: 'ok', text: t('history.trash.restored', { label: item.label }) })
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message })
    }
    await reload()
  }

  return (
    <div className="page">
      <PageHeader title={t('history.trash.title')} subtitle={t('history.trash.intro')} />
      {message ? (
        <div
          className={`banner ${message.kind === 'error' ? 'banner--error' : 'banner--ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </div>
      ) : null}
      <section className="card">
        {items === null ? null : items.length === 0 ? (
          <p className="empty">{t('history.trash.empty')}</p>
        ) : (
          <table className="trash__table">
            <thead>
              <tr>
                <th>{t('history.trash.kind')}</th>
                <th>{t('history.trash.label')}</th>
                <th>{t('history.trash.deletedAt')}</th>
                <th>{t('history.trash.actor')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{t(`history.trash.kinds.${item.kind}`)}</td>
                  <td>{item.label}</td>
                  <td>{formatHistoryTime(item.deletedAt)}</td>
                  <td>{item.actor}</td>
                  <td>
                    <button
                      type="button"
                      className="btn"
                      onClick={() => void restore(item)}
                      aria-label={`${t('history.trash.restore')} « ${item.label} »`}
                    >
                      <RotateCcw size={16} aria-hidden />
                      {t('history.trash.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
