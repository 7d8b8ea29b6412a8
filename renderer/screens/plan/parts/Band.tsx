import { useTranslation } from 'react-i18next'
import { formatPercent, progressBand, type ProgressBand } from '../../../../shared/plan/bands'

/** A horizontal bar filled to the percentage, in its band's colour; the figure is written beside it. */
export function ProgressBar({ percent, size = 'md' }: { percent: number; size?: 'sm' | 'md' | 'lg' }) {
  const band = progressBand(percent)
  const width = Math.max(0, Math.min(100, percent))
  return (
    <span className={`pbar pbar--${size}`} aria-hidden>
      <span className={`pbar__fill band-bg--${band}`} style={{ width: `${width}%` }} />
    </span>
  )
}

/** « Important », with the band's colour as a dot. */
export function BandLabel({ band }: { band: ProgressBand }) {
  const { t } = useTranslation()
  return (
    <span className={`band-label band-label--${band}`}>
      <span className={`band-dot band-bg--${band}`} aria-hidden />
      {t(`bands.${band}`)}
    </span>
  )
}

/** Bar, « 72 % » and, unless hidden, the band label: the way every progress figure is shown. */
export function ProgressCell({ percent, withBand = false, size = 'md' }: { percent: number; withBand?: boolean; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span className="progress-cell">
      <ProgressBar percent={percent} size={size} />
      <span className="progress-cell__value">{formatPercent(percent)}</span>
      {withBand ? <BandLabel band={progressBand(percent)} /> : null}
    </span>
  )
}
