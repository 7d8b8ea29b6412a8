import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportedPersonRow } from '../../../../shared/domain/people-import'
import { frenchTypography } from '../../../../shared/text/typography'
import { personName } from '../parts/format'

const PAGE = 100

type Filter = 'all' | ImportedPersonRow['action']

/**
 * The rows of the file with what will happen to each; rejected rows carry their reasons, which
 * vary in length, so the table pages by hundred rows rather than windowing fixed-height rows.
 */
export function PreviewRows({ rows }: { rows: readonly ImportedPersonRow[] }) {
  const { t } = useTranslation()
  const filterId = useId()
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(0)
  const shown = filter === 'all' ? rows : rows.filter((r) => r.action === filter)
  const pages = Math.max(1, Math.ceil(shown.length / PAGE))
  const current = Math.min(page, pages - 1)
  const slice = shown.slice(current * PAGE, current * PAGE + PAGE)

  return (
    <div className="preview-rows">
      <div className="toolbar toolbar--tight">
        <label htmlFor={filterId} className="toolbar__label">
          {t('directory.import.filter')}
        </label>
        <select
          id={filterId}
          className="input"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as Filter)
            setPage(0)
          }}
        >
          <option value="all">{t('directory.import.filterAll')}</option>
          <option value="reject">{t('directory.import.filterReject')}</option>
          <option value="create">{t('directory.import.filterCreate')}</option>
          <option value="update">{t('directory.import.filterUpdate')}</option>
        </select>
        <span className="toolbar__spacer" />
        {shown.length > PAGE ? (
          <div className="pager">
            <span className="pager__text">
              {t('directory.import.page', {
                from: current * PAGE + 1,
                to: current * PAGE + slice.length,
                total: shown.length,
              })}
            </span>
            <button
              type="button"
              className="btn btn--small"
              disabled={current === 0}
              onClick={() => setPage(current - 1)}
            >
              {t('directory.import.previous')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={current >= pages - 1}
              onClick={() => setPage(current + 1)}
            >
              {t('directory.import.next')}
            </button>
          </div>
        ) : null}
      </div>
      <div className="table-box">
        <table className="table table--preview" aria-label={t('directory.import.tableLabel')}>
          <colgroup>
            <col style={{ width: '72px' }} />
            <col style={{ width: '150px' }} />
            <col style={{ width: '21%' }} />
            <col style={{ width: '25%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('directory.import.row')}
              </th>
              <th scope="col">{t('directory.import.action')}</th>
              <th scope="col">{t('directory.import.person')}</th>
              <th scope="col">{t('directory.import.organisation')}</th>
              <th scope="col">{t('directory.import.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {slice.length === 0 ? (
              <tr>
                <td colSpan={5} className="table__empty">
                  {t('directory.import.noRows')}
                </td>
              </tr>
            ) : null}
            {slice.map((r) => (
              <tr key={r.row} className={r.action === 'reject' ? 'row--rejected' : undefined}>
                <td className="num">{r.row}</td>
                <td>
                  <span className={`action-badge action-badge--${r.action}`}>
                    {t(`directory.import.actions.${r.action}`)}
                  </span>
                </td>
                <td>{r.lastName || r.firstName ? personName(r) : <span className="muted">—</span>}</td>
                <td>
                  {r.organisationName || <span className="muted">—</span>}
                  {r.createsOrganisation ? <span className="tag">{t('directory.import.newOrganisation')}</span> : null}
                </td>
                <td>
                  {r.reasons.length > 0 ? (
                    <ul className="reasons">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{frenchTypography(reason)}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
