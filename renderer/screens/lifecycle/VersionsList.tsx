import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReleveLifecycle, ReleveVersionDetail } from '../../../shared/domain/lifecycle'
import { RELEVE_SECTIONS, type SectionDiff } from '../../../shared/lifecycle/diff'
import { formatLongDate } from '../../dates'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { DiffView } from './DiffView'

type Shown = { kind: 'version'; detail: ReleveVersionDetail } | { kind: 'diff'; title: string; diff: SectionDiff[] }

/** The adopted versions, each readable, and what changed from one to the next (or to the erratum being made). */
export function VersionsList({ lifecycle, onError }: { lifecycle: ReleveLifecycle; onError: (message: string) => void }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState<Shown | null>(null)
  const { meetingId, versions } = lifecycle
  if (versions.length === 0) return null
  const day = (iso: string) => formatLongDate(iso, { weekday: false })

  const read = (version: number) =>
    api.releve.version({ meetingId, version }).then((detail) => setShown({ kind: 'version', detail }), (e: unknown) => onError(errorMessage(e)))
  const compare = (from: number, to: number | null, title: string) =>
    api.releve.diff({ meetingId, from, to }).then((diff) => setShown({ kind: 'diff', title, diff }), (e: unknown) => onError(errorMessage(e)))
  const last = versions.at(-1)

  return (
    <div className="lifecycle__block">
      <h3>{t('lifecycle.ui.versions.title')}</h3>
      <ul className="lifecycle__versions">
        {versions.map((v, i) => (
          <li key={v.version}>
            <span>
              {t('lifecycle.ui.versions.line', { version: v.version, date: day(v.adoptedOn) })}
              {v.adoptedAtMeetingDate ? ` ${t('lifecycle.ui.versions.at', { date: day(v.adoptedAtMeetingDate) })}` : ''}
              {v.reason ? ` — ${t('lifecycle.ui.versions.reason', { reason: v.reason })}` : ''}
            </span>
            <span className="lifecycle__actions">
              <button type="button" className="btn btn--sm" onClick={() => void read(v.version)}>
                {t('lifecycle.ui.versions.read', { version: v.version })}
              </button>
              {i > 0 ? (
                <button
                  type="button"
                  className="btn btn--sm"
                  onClick={() => void compare(v.version - 1, v.version, t('lifecycle.ui.versions.compare', { from: v.version - 1 }))}
                >
                  {t('lifecycle.ui.versions.compare', { from: v.version - 1 })}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {lifecycle.stage === 'erratum' && last ? (
        <button
          type="button"
          className="btn btn--sm"
          onClick={() => void compare(last.version, null, t('lifecycle.ui.versions.compareCurrent', { from: last.version }))}
        >
          {t('lifecycle.ui.versions.compareCurrent', { from: last.version })}
        </button>
      ) : null}
      {shown ? (
        <div className="lifecycle__shown" role="region" aria-label={shown.kind === 'diff' ? shown.title : t('lifecycle.ui.versions.read', { version: shown.detail.version })}>
          <button type="button" className="btn btn--sm btn--ghost lifecycle__hide" onClick={() => setShown(null)}>
            {t('lifecycle.ui.versions.hide')}
          </button>
          {shown.kind === 'diff' ? (
            <>
              <h4>{shown.title}</h4>
              <DiffView diff={shown.diff} />
            </>
          ) : (
            <>
              <h4>{t('lifecycle.ui.versions.line', { version: shown.detail.version, date: day(shown.detail.adoptedOn) })}</h4>
              {RELEVE_SECTIONS.filter((s) => shown.detail.sections[s].length > 0).map((s) => (
                <section key={s} className="lifecycle-diff__section">
                  <h5>{t(`lifecycle.verify.sections.${s}`)}</h5>
                  {shown.detail.sections[s].map((line, i) => (
                    <p key={i}>{line}</p>
                  ))}
                </section>
              ))}
            </>
          )}
        </div>
      ) : null}
    </div>
  )
}
