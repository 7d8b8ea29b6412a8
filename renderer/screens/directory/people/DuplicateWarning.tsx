import { useTranslation } from 'react-i18next'
import { Users } from 'lucide-react'
import type { DuplicateCandidate } from '../../../../shared/domain/directory'

interface Props {
  candidates: readonly DuplicateCandidate[]
  busy: boolean
  onSaveAnyway: () => void
  onCancel: () => void
}

/** « Personne probablement en double : … », with the choice to save anyway or go back to the form. */
export function DuplicateWarning({ candidates, busy, onSaveAnyway, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <div className="banner banner--warning" role="alert">
      <Users size={16} aria-hidden className="banner__icon" />
      <div className="banner__body">
        <strong>{t('directory.people.duplicateTitle')}</strong>
        <ul className="banner__list">
          {candidates.map((c) => (
            <li key={c.id}>{c.organisationName ? `${c.displayName}, ${c.organisationName}` : c.displayName}</li>
          ))}
        </ul>
        <span className="banner__help">{t('directory.people.duplicateHelp')}</span>
        <div className="banner__buttons">
          <button type="button" className="btn btn--small" onClick={onCancel} autoFocus>
            {t('directory.common.cancel')}
          </button>
          <button type="button" className="btn btn--small btn--warning" onClick={onSaveAnyway} disabled={busy}>
            {busy ? t('directory.common.saving') : t('directory.people.saveAnyway')}
          </button>
        </div>
      </div>
    </div>
  )
}
