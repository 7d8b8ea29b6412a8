import { useTranslation } from 'react-i18next'
import type { PeriodView } from '../../../../shared/domain/plan'

/** A planned period in clean French, or as typed with an « à préciser » flag; « non planifiée » when empty. */
export function PeriodLabel({ period }: { period: PeriodView }) {
  const { t } = useTranslation()
  if (period.text.trim() === '') return <span className="period period--none">{t('planUi.noPeriod')}</span>
  if (period.toClarify) {
    return (
      <span className="period period--unclear">
        <span className="period__text">{period.formatted}</span>{' '}
        <span className="flag flag--clarify" title={t('planUi.toClarifyTitle')}>
          {t('planUi.toClarify')}
        </span>
      </span>
    )
  }
  return <span className={`period${period.kind === 'cancelled' ? ' period--cancelled' : ''}`}>{period.formatted}</span>
}
