import { useTranslation } from 'react-i18next'
import type { MemberCounts } from './members'

/** How the current members split between sides and between women and men: the committee's balance. */
export function MemberStats({ counts }: { counts: MemberCounts }) {
  const { t } = useTranslation()
  const share = (n: number) => (counts.total === 0 ? 0 : Math.round((n / counts.total) * 100))
  return (
    <div className="stats" aria-label={t('directory.members.statsNote')} role="group">
      <div className="stats__card">
        <h3 className="stats__title">{t('directory.members.bySide')}</h3>
        {counts.bySide.length === 0 ? <p className="muted">—</p> : null}
        <ul className="stats__list">
          {counts.bySide.map(({ side, count }) => (
            <li key={side ?? 'none'} className="stats__row" data-testid={`count-side-${side ?? 'none'}`}>
              <span className="stats__label">{side ? t(`sides.${side}`) : t('directory.common.none')}</span>
              <span className="stats__bar" aria-hidden>
                <span className={`stats__fill side-fill--${side ?? 'none'}`} style={{ width: `${share(count)}%` }} />
              </span>
              <span className="stats__value">{count}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="stats__card">
        <h3 className="stats__title">{t('directory.members.byGender')}</h3>
        <ul className="stats__list">
          <li className="stats__row" data-testid="count-women">
            <span className="stats__label">{t('directory.members.women')}</span>
            <span className="stats__bar" aria-hidden>
              <span className="stats__fill stats__fill--women" style={{ width: `${share(counts.women)}%` }} />
            </span>
            <span className="stats__value">{counts.women}</span>
          </li>
          <li className="stats__row" data-testid="count-men">
            <span className="stats__label">{t('directory.members.men')}</span>
            <span className="stats__bar" aria-hidden>
              <span className="stats__fill stats__fill--men" style={{ width: `${share(counts.men)}%` }} />
            </span>
            <span className="stats__value">{counts.men}</span>
          </li>
        </ul>
        <p className="stats__note">{t('directory.members.statsNote')}</p>
      </div>
    </div>
  )
}
