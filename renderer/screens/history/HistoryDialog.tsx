import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../components/Dialog'
import type { HistoryEntry, HistoryPage } from '../../../shared/domain/history'
import { formatHistoryTime, groupBySave, shownFields, shownValue, wordDiff } from '../../../shared/history/describe'
import { isLanguage } from '../../../shared/i18n/languages'
import './history.css'

/** Before → after of one field, the words that changed highlighted. */
function Change({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation()
  const parts = wordDiff(before, after)
  if (!parts) {
    return (
      <div className="history__change">
        <p>
          <strong>{t('locale.labelled', { label: t('history.before') })}</strong> {before || t('history.emptyValue')}
        </p>
        <p>
          <strong>{t('locale.labelled', { label: t('history.after') })}</strong> {after || t('history.emptyValue')}
        </p>
      </div>
    )
  }
  return (
    <p className="history__change">
      {parts.map((part, i) =>
        part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  )
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'fr'
  const label = (field: string) => t(`history.fields.${field}`, { defaultValue: field })
  const fields = shownFields(entry, label)
  const entity = t(`history.entity.${entry.table}`, {
    ref: entry.ref,
    defaultValue: t('history.entity.other', { table: entry.table }),
  }).trim()
  const what =
    entry.op === 'update'
      ? t('history.ops.update', { fields: fields.map((f) => f.label).join(', '), count: fields.length })
      : t(`history.ops.${entry.op}`)
  return (
    <li className="history__entry">
      <span className="history__line">
        {t('history.line', { at: formatHistoryTime(entry.at), actor: entry.actor, what: t('locale.labelValue', { label: entity, value: what }) })}
      </span>
      {entry.op === 'update'
        ? fields.map(({ field, label: name }) => (
            <div key={field} className="history__field">
              <span className="history__field-name">{name}</span>
              <Change
                before={shownValue(entry.table, field, entry.before?.[field], t, language)}
                after={shownValue(entry.table, field, entry.after?.[field], t, language)}
              />
            </div>
          ))
        : null}
    </li>
  )
}

/** « Historique » of a meeting or an engagement: newest first, grouped by save, older pages on demand. */
export function HistoryDialog({
  open,
  title,
  onClose,
  load,
}: {
  open: boolean
  title: string
  onClose: () => void
  load: (before: number | null) => Promise<HistoryPage>
}) {
  const { t } = useTranslation()
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const [next, setNext] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  const fetchPage = useCallback(
    (before: number | null) =>
      load(before).then(
        (page) => {
          setEntries((shown) => (before === null ? page.entries : [...(shown ?? []), ...page.entries]))
          setNext(page.nextBefore)
          setError(null)
        },
        (e: Error) => setError(e.message),
      ),
    [load],
  )

  // Mounted when opened (see the buttons): the first page is read each time.
  useEffect(() => {
    void fetchPage(null)
  }, [fetchPage])

  return (
    <Dialog open={open} title={title} onClose={onClose} size="lg">
      <div className="history">
        {error ? <p role="alert">{error}</p> : null}
        {entries === null && !error ? <p>{t('history.loading')}</p> : null}
        {entries?.length === 0 ? <p>{t('history.empty')}</p> : null}
        {entries && entries.length > 0 ? (
          <div className="history__groups">
            {groupBySave(entries).map((group) => (
              <ul key={`${group[0]?.id ?? 0}`} className="history__group">
                {group.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </ul>
            ))}
          </div>
        ) : null}
        {next !== null ? (
          <button type="button" className="btn" onClick={() => void fetchPage(next)}>
            {t('history.more')}
          </button>
        ) : null}
      </div>
    </Dialog>
  )
}
