import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ClipboardPaste, Search, UserPlus } from 'lucide-react'
import type { Person } from '../../../../shared/domain/directory'
import { api } from '../../../api/client'
import { Field } from '../../../components/Field'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import { personName } from '../meeting-text'
import { NewPersonForm } from './NewPersonForm'
import { PastePanel } from './PastePanel'

/** Adds a guest: found in the directory (people/list), or created on the spot. */
export function AddPersonPanel({
  listed,
  addedStatus,
}: {
  listed: ReadonlySet<number>
  /** What a person added becomes: present at a meeting already held, invited to one to come. */
  addedStatus: 'present' | 'invite'
}) {
  const { t } = useTranslation()
  const { actions } = useMeetingEditor()
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Person[] | null>(null)
  const [creating, setCreating] = useState(false)
  const [pasting, setPasting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const search = query.trim()
    if (search.length < 2) return
    let alive = true
    const timer = setTimeout(() => {
      api.people.list({ search }).then(
        (people) => alive && setResults(people.slice(0, 8)),
        (e: unknown) => alive && setError(errorMessage(e)),
      )
    }, 200)
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [query])

  const add = async (person: Person) => {
    setError(null)
    try {
      await actions.addAttendee(person, addedStatus)
      setQuery('')
      setResults(null)
      setCreating(false)
    } catch (e) {
      setError(t('meetings.addPerson.failed', { message: errorMessage(e) }))
    }
  }

  const shown = query.trim().length >= 2 ? results : null
  const addKey = addedStatus === 'present' ? 'meetings.addPerson.addPresent' : 'meetings.addPerson.add'
  return (
    <div className="add-person">
      <h3 className="add-person__title">{t('meetings.addPerson.title')}</h3>
      <div className="add-person__bar">
        <Field label={t('meetings.addPerson.search')} className="add-person__search">
          {(c) => (
            <div className="input-with-icon">
              <Search size={15} aria-hidden className="input-with-icon__icon" />
              <input
                {...c}
                className="input"
                type="search"
                value={query}
                placeholder={t('meetings.addPerson.searchPlaceholder')}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
          )}
        </Field>
        <button type="button" className="btn" aria-expanded={pasting} onClick={() => setPasting((v) => !v)}>
          <ClipboardPaste size={16} aria-hidden />
          {t('participantsPaste.open')}
        </button>
        <button type="button" className="btn" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
          <UserPlus size={16} aria-hidden />
          {t('meetings.addPerson.newPerson')}
        </button>
      </div>
      {shown ? (
        shown.length === 0 ? (
          <p className="muted add-person__none">{t('meetings.addPerson.noResult')}</p>
        ) : (
          <ul className="add-person__results" aria-label={t('meetings.addPerson.results')}>
            {shown.map((person) => (
              <li key={person.id}>
                <span className="add-person__who">
                  <strong>{personName(person)}</strong>
                  <span className="muted">{person.organisationName}</span>
                </span>
                {listed.has(person.id) ? (
                  <span className="badge badge--neutral">{t('meetings.addPerson.alreadyListed')}</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn--sm"
                    onClick={() => void add(person)}
                    aria-label={t('locale.labelValue', { label: t(addKey), value: personName(person) })}
                  >
                    {t(addKey)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
      {pasting ? <PastePanel listed={listed} status={addedStatus} onClose={() => setPasting(false)} /> : null}
      {creating ? <NewPersonForm onCreated={(person) => void add(person)} onCancel={() => setCreating(false)} /> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
