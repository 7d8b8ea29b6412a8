import { useTranslation } from 'react-i18next'

/** A page or section that could not be loaded: the French reason and a way to try again. */
export function LoadFailure({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="banner banner--error plan-banner" role="alert">
      <span className="plan-banner__text">{t('planUi.loadFailed', { message })}</span>
      <button type="button" className="btn btn--sm" onClick={onRetry}>
        {t('planUi.retry')}
      </button>
    </div>
  )
}
