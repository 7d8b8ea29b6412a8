import { useTranslation } from 'react-i18next'

const COLUMNS = [
  ['Civilité', 'civilite'],
  ['Prénom', 'prenom'],
  ['Nom', 'nom'],
  ['Fonction', 'fonction'],
  ['Email', 'email'],
  ['Téléphone', 'telephone'],
  ['Organisation', 'organisation'],
  ['Collège', 'college'],
] as const

/** What the first line of the file should hold. */
export function ImportColumns() {
  const { t } = useTranslation()
  return (
    <div className="import-columns">
      <h3 className="section-title">{t('directory.import.columnsTitle')}</h3>
      <p className="form-note">{t('directory.import.columnsIntro')}</p>
      <table className="table table--compact">
        <colgroup>
          <col style={{ width: '112px' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('directory.import.column')}</th>
            <th scope="col">{t('directory.import.content')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map(([header, key]) => (
            <tr key={key}>
              <td>
                <code className="column-name">{header}</code>
              </td>
              <td>{t(`directory.import.columns.${key}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
