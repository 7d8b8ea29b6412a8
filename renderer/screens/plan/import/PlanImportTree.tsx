import { useTranslation } from 'react-i18next'
import type { PlanImportAxis } from '../../../../shared/domain/plan-import'

/** The axes, engagements and activities the import would create; each engagement's activities fold away. */
export function PlanImportTree({ axes }: { axes: PlanImportAxis[] }) {
  const { t } = useTranslation()
  return (
    <div className="plan-import-tree">
      {axes.map((axis) => (
        <section
          key={axis.number}
          className="plan-import-tree__axis"
          aria-label={t('planImport.axisLine', { number: axis.number, title: axis.title })}
        >
          <h4 className="plan-import-tree__axis-title">
            {t('planImport.axisLine', { number: axis.number, title: axis.title })}
          </h4>
          <ul className="plan-import-tree__engagements">
            {axis.engagements.map((e) => (
              <li key={e.number}>
                <details>
                  <summary>
                    <span className="plan-import-tree__engagement">
                      {t('planImport.engagementLine', { number: e.number, title: e.title })}
                    </span>
                    <span className="muted"> · {t('planImport.activityCount', { count: e.activities.length })}</span>
                    {e.responsible ? (
                      <span className="muted"> · {t('planImport.responsible', { name: e.responsible })}</span>
                    ) : null}
                  </summary>
                  {e.activities.length === 0 ? (
                    <p className="muted plan-import-tree__none">{t('planImport.noActivity')}</p>
                  ) : (
                    <ul className="plan-import-tree__activities">
                      {e.activities.map((a) => (
                        <li key={a.number}>
                          {t('planImport.activityLine', { number: a.number, title: a.title })}
                          <span className="muted">
                            {' · '}
                            {[
                              t('planImport.activityDetails', { weight: a.weight.toLocaleString('fr-FR') }),
                              a.baseline ? t('planImport.activityBaseline', { period: a.baseline }) : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
