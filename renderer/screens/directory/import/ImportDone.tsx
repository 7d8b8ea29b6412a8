import { useTranslation } from 'react-i18next'
import { CheckCircle2 } from 'lucide-react'

interface Props {
  result: { created: number; updated: number; rejected: number }
  onAnother: () => void
}

/** What the import wrote, with the way to the people list. */
export function ImportDone({ result, onAnother }: Props) {
  const { t } = useTranslation()
  return (
    <section className="card import-done" aria-labelledby="import-done-title" role="status">
      <CheckCircle2 size={22} aria-hidden className="import-done__icon" />
      <div>
        <h3 id="import-done-title" className="section-title">
          {t('directory.import.doneTitle')}
        </h3>
        <p data-testid="import-result">
          {[
            t('directory.import.doneCreated', { count: result.created }),
            t('directory.import.doneUpdated', { count: result.updated }),
            t('directory.import.doneRejected', { count: result.rejected }),
          ].join(' · ')}
        </p>
        <div className="import-done__buttons">
          <a className="btn btn--primary" href="#/directory/people">
            {t('directory.import.seePeople')}
          </a>
          <button type="button" className="btn" onClick={onAnother}>
            {t('directory.import.another')}
          </button>
        </div>
      </div>
    </section>
  )
}
