import { useTranslation } from 'react-i18next'
import { CheckCircle2, CircleSlash, XCircle } from 'lucide-react'
import type { AttendanceEntry } from '../../../../shared/domain/meetings'
import type { QuorumRule } from '../../../../shared/domain/directory'
import { SIDES, type Side } from '../../../../shared/domain/vocabulary'
import { countAttendance } from '../../../../shared/meetings/attendance-counts'

const NO_RULE: QuorumRule = { minPresent: null, minPerSide: null }

/** Live counts beside the checklist: present, by side, by gender, and the quorum. */
export function CountsPanel({
  attendance,
  quorum,
}: {
  attendance: readonly AttendanceEntry[]
  quorum: QuorumRule | null
}) {
  const { t } = useTranslation()
  const rule = quorum ?? NO_RULE
  const counts = countAttendance(attendance, rule)
  const toConfirm = attendance.filter((e) => e.status === 'a_confirmer').length
  const listed = new Set(attendance.map((e) => e.side ?? 'sans_organisation'))
  const sides: (Side | 'sans_organisation')[] = [...SIDES, 'sans_organisation' as const].filter(
    (s) => listed.has(s) || counts.bySide[s] > 0,
  )
  const takingPart = Math.max(1, ...sides.map((s) => counts.bySide[s]))
  const ruleParts = [
    rule.minPresent !== null ? t('meetings.counts.quorumMinPresent', { count: rule.minPresent }) : null,
    rule.minPerSide !== null ? t('meetings.counts.quorumMinPerSide', { count: rule.minPerSide }) : null,
  ].filter((p): p is string => p !== null)

  return (
    <aside className="counts" aria-label={t('meetings.counts.title')} data-testid="attendance-counts">
      <div className="counts__total">
        <span className="counts__number" data-testid="count-present">
          {counts.present}
        </span>
        <span className="counts__label">
          {t('meetings.counts.present')}
          <span className="counts__sub">{t('meetings.counts.presentHint')}</span>
        </span>
      </div>
      {toConfirm > 0 ? <p className="counts__pending">{t('meetings.counts.toConfirm', { count: toConfirm })}</p> : null}

      <h3 className="counts__heading">{t('meetings.counts.bySide')}</h3>
      <ul className="counts__sides">
        {sides.map((side) => (
          <li key={side} data-testid={`count-side-${side}`}>
            <span className="counts__side-name">
              {side === 'sans_organisation' ? t('meetings.counts.noSide') : t(`sidesPlural.${side}`)}
            </span>
            <span className="counts__side-value">{counts.bySide[side]}</span>
            <span className="counts__bar" aria-hidden>
              <span
                className={`counts__bar-fill counts__bar-fill--${side}`}
                style={{ width: `${(counts.bySide[side] / takingPart) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ul>

      <h3 className="counts__heading">{t('meetings.counts.byGender')}</h3>
      <p className="counts__genders">
        <span data-testid="count-women">
          {t('meetings.counts.women')} <strong>{counts.byGender.femmes}</strong>
        </span>
        <span data-testid="count-men">
          {t('meetings.counts.men')} <strong>{counts.byGender.hommes}</strong>
        </span>
      </p>
      <p className="counts__note">{t('meetings.counts.takingPartHint')}</p>

      <h3 className="counts__heading">{t('meetings.counts.quorum')}</h3>
      <p
        className={`counts__quorum counts__quorum--${counts.quorumReached === null ? 'none' : counts.quorumReached ? 'ok' : 'ko'}`}
        data-testid="quorum"
      >
        {counts.quorumReached === null ? (
          <>
            <CircleSlash size={16} aria-hidden />
            {t('meetings.counts.quorumNone')}
          </>
        ) : counts.quorumReached ? (
          <>
            <CheckCircle2 size={16} aria-hidden />
            {t('meetings.counts.quorumReached')}
          </>
        ) : (
          <>
            <XCircle size={16} aria-hidden />
            {t('meetings.counts.quorumNotReached')}
          </>
        )}
      </p>
      {ruleParts.length > 0 ? (
        <p className="counts__note">{t('meetings.counts.quorumRule', { rule: ruleParts.join(', ') })}</p>
      ) : null}
    </aside>
  )
}
