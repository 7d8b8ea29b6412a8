import { useTranslation } from 'react-i18next'
import { ErrorBanner } from './ErrorBanner'

/** The error of a list that could not be loaded, with a way to try again. */
export function LoadError({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <ErrorBanner message={error}>
      <button type="button" className="btn btn--small" onClick={onRetry}>
        {t('directory.common.retry')}
      </button>
    </ErrorBanner>
  )
}
