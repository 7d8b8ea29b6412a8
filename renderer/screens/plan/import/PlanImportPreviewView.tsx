import { useTranslation } from 'react-i18next'
import { AlertOctagon, Info } from 'lucide-react'
import type { PlanImportPreview } from '../../../../shared/domain/plan-import'
import type { Committee } from '../../../../shared/domain/directory'
import { paragraphTypography } from '../../../../shared/text/paragraph-typography'
import { Field } from '../../../components/Field'
import { PlanImportTree } from './PlanImportTree'

interface Props {
  fileName: string
  preview: PlanImportPreview
  /** The plan's name as typed (starts as the file's). */
  title: string
  onTitle: (title: string) => void
  committees: Committee[]
  committeeId: number | null
  onCommittee: (id: number | null) => void
  /** What the busy buttons say, when a call is under way. */
  busy: string | null
  error: string | null
  onCheckTitle: () => void
  onCommit: () => void
  onCancel: () => void
}

const COUNTS = ['axes', 'engagements', 'activities', 'reports', 'replans'] as const

/** What the import would create, before anything is written: the plan's name and committee, counts, problems, notes, the tree. */
export function PlanImportPreviewView(props: Props) {
  const { t } = useTranslation()
  const { preview, busy } = props
  const readable = preview.format !== null && preview.axes.length > 0
  // Only a name already taken stands between the user and the import: another name lifts it.
  const blocked = preview.problems.length > 0 && !(preview.titleTaken && props.title.trim() !== preview.title.trim())
  const titleChanged = props.title.trim() !== preview.title.trim()
  return (
    <section className="card plan-import-preview" aria-labelledby="plan-import-preview-title">
      <h2 id="plan-import-preview-title" className="plan-card-title">
        {t('planImport.previewTitle')}
      </h2>
      <p className="muted">
        {t('planImport.previewIntro', {
          name: props.fileName,
          format: preview.format ? t(`planImport.formats.${preview.format}`) : '—',
        })}
      </p>

      {readable ? (
        <div className="plan-import-preview__fields">
          <Field
            label={t('planImport.titleLabel')}
            hint={preview.titleTaken ? t('planImport.titleTakenHint') : undefined}
          >
            {(p) => (
              <div className="plan-import-preview__title">
                <input
                  {...p}
                  className="input"
                  value={props.title}
                  maxLength={500}
                  onChange={(e) => props.onTitle(e.target.value)}
                />
                {titleChanged ? (
                  <button
                    type="button"
                    className="btn"
                    onClick={props.onCheckTitle}
                    disabled={busy !== null || props.title.trim() === ''}
                  >
                    {t('planImport.titleCheck')}
                  </button>
                ) : null}
              </div>
            )}
          </Field>
          <Field label={t('planUi.empty.committee')}>
            {(p) => (
              <select
                {...p}
                className="select"
                value={props.committeeId ?? ''}
                onChange={(e) => props.onCommittee(e.target.value === '' ? null : Number(e.target.value))}
              >
                <option value="">{t('planUi.empty.noCommittee')}</option>
                {props.committees.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.acronym ? `${c.acronym} — ${c.name}` : c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}

      {preview.problems.length > 0 ? (
        <div className="banner banner--error plan-import-preview__problems" role="alert">
          <AlertOctagon size={18} aria-hidden className="banner__icon" />
          <div className="banner__body">
            <strong>{t('planImport.problemsTitle', { count: preview.problems.length })}</strong>
            <ul className="plan-import-preview__list">
              {preview.problems.map((problem, i) => (
                <li key={i}>{paragraphTypography(problem)}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      {readable ? (
        <>
          <div className="plan-import-preview__counts" role="group" aria-label={t('planImport.previewTitle')}>
            {COUNTS.map((key) => (
              <div key={key} className="plan-import-preview__count" data-testid={`plan-import-${key}`}>
                <span className="plan-import-preview__value">{preview.counts[key]}</span>{' '}
                <span className="plan-import-preview__label">
                  {t(`planImport.counts.${key}`, { count: preview.counts[key] })}
                </span>
              </div>
            ))}
          </div>
          {preview.newOrganisations.length > 0 || preview.notes.length > 0 ? (
            <div className="banner banner--info plan-import-preview__notes">
              <Info size={16} aria-hidden className="banner__icon" />
              <div className="banner__body">
                <strong>{t('planImport.notesTitle')}</strong>
                <ul className="plan-import-preview__list">
                  {preview.newOrganisations.length > 0 ? (
                    <li>
                      {t('planImport.newOrganisations', {
                        count: preview.newOrganisations.length,
                        names: preview.newOrganisations.join(t('locale.listSeparator')),
                      })}
                    </li>
                  ) : null}
                  {preview.notes.map((note, i) => (
                    <li key={i}>{paragraphTypography(note)}</li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}
          <PlanImportTree axes={preview.axes} />
        </>
      ) : null}

      {props.error ? (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="plan-import-preview__footer">
        <button type="button" className="btn" onClick={props.onCancel} disabled={busy !== null}>
          {t('planImport.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={props.onCommit}
          disabled={busy !== null || blocked || !readable || props.title.trim() === ''}
        >
          {busy ?? t('planImport.commit')}
        </button>
      </div>
    </section>
  )
}
