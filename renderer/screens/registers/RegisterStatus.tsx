import { useTranslation } from 'react-i18next'
import type { RegisterRows } from './use-register-page'

/** What a register screen says above its table: a failed action, loading, or a list that could not be read. */
export function RegisterStatus<P>({
  error,
  onCloseError,
  rows,
  onRetry,
}: {
  error: string | null
  onCloseError: () => void
  rows: RegisterRows<P>
  onRetry: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      {error ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{error}</span>
          <button type="button" className="btn btn--sm" onClick={onCloseError}>
            {t('ui.common.close')}
          </button>
        </div>
      ) : null}
      {rows.state === 'loading' ? <div className="card empty">{t('ui.common.loading')}</div> : null}
      {rows.state === 'error' ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{rows.message}</span>
          <button type="button" className="btn btn--sm" onClick={onRetry}>
            {t('ui.common.retry')}
          </button>
        </div>
      ) : null}
    </>
  )
}
