import { useTranslation } from 'react-i18next'
import type { Side } from '../../../../shared/domain/vocabulary'

/** The organisation's side (« collège ») as a small coloured label. */
export function SideBadge({ side }: { side: Side | null }) {
  const { t } = useTranslation()
  if (!side) return <span className="muted">—</span>
  return <span className={`side-badge side-badge--${side}`}>{t(`sides.${side}`)}</span>
}
