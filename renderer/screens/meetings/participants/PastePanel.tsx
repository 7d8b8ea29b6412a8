import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation, Person } from '../../../../shared/domain/directory'
import { CIVILITIES, SIDES, type Civility, type Side } from '../../../../shared/domain/vocabulary'
import { parseParticipants } from '../../../../shared/participants/paste-parse'
import { matchPasted, type PasteRow } from '../../../../shared/participants/paste-match'
import { foldText } from '../../../../shared/text/fold'
import { surnameText } from '../../../../shared/text/person-name'
import { api } from '../../../api/client'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import { buildPastedInput } from './paste-input'

/**
 * « Coller une liste »: the participants pasted as in a relevé or an e-mail, read line by line,
 * matched to the directory, shown before anything is written; one click adds them all.
 */
export function PastePanel({
  listed,
  status,
  onClose,
}: {
  listed: ReadonlySet<number>
  status: 'present' | 'invite'
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { actions } = useMeetingEditor()
  const [text, setText] = useState('')
  const [directory, setDirectory] = useState<{ people: Person[]; organisations: Organisation[] } | null>(null)
  const [civilities, setCivilities] = useState<Record<number, Civility>>({})
  const [sides, setSides] = useState<Record<string, Side>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let alive = true
    Promise.all([api.people.list({}), api.organisations.list({})]).then(
      ([people, organisations]) => alive && setDirectory({ people, organisations }),
      (e: unknown) => alive && setError(errorMessage(e)),
    )
    return () => {
      alive = false
    }
  }, [])

  const reading = useMemo(() => parseParticipants(text), [text])
  const rows: PasteRow[] = useMemo(
    () => (directory ? matchPasted(reading.participants, directory.people, directory.organisations) : []),
    [reading, directory],
  )
  const sideOf = (row: PasteRow): Side | null =>
    row.organisation.kind === 'new' ? (sides[foldText(row.organisation.name)] ?? row.organisation.side) : null
  const civilityOf = (row: PasteRow, index: number): Civility | null => row.read.civility ?? civilities[index] ?? null
  const toAdd = rows.filter((r) => r.personId === null || !listed.has(r.personId))
  const newPeople = rows.filter((r) => r.personId === null).length
  const newOrganisations = new Set(
    rows.flatMap((r) => (r.personId === null && r.organisation.kind === 'new' ? [foldText(r.organisation.name)] : [])),
  ).size
  const missingCivility = rows.some((r, i) => r.personId === null && civilityOf(r, i) === null)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      const input = buildPastedInput(rows, listed, {
        civility: civilityOf,
        side: (row) => sideOf(row) ?? 'autre',
      })
      await actions.addPasted({ meetingId: actions.model.current.id, status, ...input })
      onClose()
    } catch (e) {
      setError(t('participantsPaste.failed', { message: errorMessage(e) }))
    } finally {
      setBusy(false)
    }
  }

  const skipped = reading.skipped.map((s) => s.line).join(', ')
  return (
    <section className="paste-panel" aria-label={t('participantsPaste.title')}>
      <h4 className="paste-panel__title">{t('participantsPaste.title')}</h4>
      <label className="field__label" htmlFor="paste-participants">
        {t('participantsPaste.textLabel')}
      </label>
      <textarea
        id="paste-participants"
        className="input paste-panel__text"
        rows={6}
        value={text}
        placeholder={t('participantsPaste.textPlaceholder')}
        onChange={(e) => setText(e.target.value)}
      />
      {text.trim() !== '' ? (
        <p className="muted paste-panel__summary" role="status">
          {rows.length === 0
            ? t('participantsPaste.none')
            : `${t('participantsPaste.read', { count: rows.length })} · ${t('participantsPaste.summary', {
                people: t('participantsPaste.newPeople', { count: newPeople }),
                organisations: t('participantsPaste.newOrganisations', { count: newOrganisations }),
              })}`}
          {reading.skipped.length > 0
            ? ` · ${t('participantsPaste.skipped', { count: reading.skipped.length, lines: skipped })}`
            : null}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <div className="paste-panel__scroll">
          <table className="paste-table">
            <thead>
              <tr>
                <th scope="col">{t('participantsPaste.columns.line')}</th>
                <th scope="col">{t('participantsPaste.columns.civility')}</th>
                <th scope="col">{t('participantsPaste.columns.firstName')}</th>
                <th scope="col">{t('participantsPaste.columns.lastName')}</th>
                <th scope="col">{t('participantsPaste.columns.organisation')}</th>
                <th scope="col">{t('participantsPaste.columns.function')}</th>
                <th scope="col">{t('participantsPaste.columns.directory')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const civility = civilityOf(row, index)
                const side = sideOf(row)
                const org = row.organisation
                return (
                  <tr key={index} data-testid={`paste-row-${index}`}>
                    <td className="muted">{row.read.line}</td>
                    <td>
                      {row.read.civility ?? (
                        <select
                          className="select select--sm"
                          aria-label={`${t('participantsPaste.columns.civility')} ${row.read.lastName}`}
                          value={civility ?? ''}
                          onChange={(e) =>
                            setCivilities((c) => ({ ...c, [index]: e.target.value as Civility }))
                          }
                        >
                          <option value="">{t('participantsPaste.civilityChoose')}</option>
                          {CIVILITIES.map((c) => (
                            <option key={c} value={c}>
                              {c}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                    <td>{row.read.firstName}</td>
                    <td>{surnameText(row.read.lastName)}</td>
                    <td>
                      {org.kind === 'none' ? null : <span>{org.name}</span>}
                      {org.kind === 'new' && row.read.acronym ? <span className="muted"> ({row.read.acronym})</span> : null}
                      {org.kind === 'new' ? (
                        <span className="paste-table__org-new">
                          <span className="tag tag--new">{t('participantsPaste.newOrganisation')}</span>
                          <select
                            className="select select--sm"
                            aria-label={t('participantsPaste.sideOf', { name: org.name })}
                            value={side ?? 'autre'}
                            onChange={(e) =>
                              setSides((s) => ({ ...s, [foldText(org.name)]: e.target.value as Side }))
                            }
                          >
                            {SIDES.map((s) => (
                              <option key={s} value={s}>
                                {t(`sides.${s}`)}
                              </option>
                            ))}
                          </select>
                        </span>
                      ) : null}
                    </td>
                    <td>{row.read.function}</td>
                    <td>
                      {row.personId !== null && listed.has(row.personId) ? (
                        <span className="muted">{t('participantsPaste.alreadyListed')}</span>
                      ) : row.personId !== null ? (
                        <span className="tag">{t('participantsPaste.known')}</span>
                      ) : (
                        <span className="tag tag--new">{t('participantsPaste.newPerson')}</span>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="paste-panel__actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('participantsPaste.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || toAdd.length === 0 || missingCivility || directory === null}
          onClick={() => void confirm()}
        >
          {t(status === 'present' ? 'participantsPaste.confirm' : 'participantsPaste.confirmInvited', {
            count: toAdd.length,
          })}
        </button>
      </div>
    </section>
  )
}
