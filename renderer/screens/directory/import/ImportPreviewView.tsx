import { useTranslation } from 'react-i18next'
import { AlertOctagon } from 'lucide-react'
import type { CsvEncoding, PeopleImportPreview } from '../../../../shared/domain/people-import'
import { frenchTypography } from '../../../../shared/text/typography'
import { ErrorBanner } from '../parts/ErrorBanner'
import { EncodingPicker } from './EncodingPicker'
import { PreviewRows } from './PreviewRows'

interface Props {
  fileName: string
  preview: PeopleImportPreview
  busy: boolean
  /** What the busy button says (« Import en cours… », « Nouvelle lecture du fichier… »). */
  busyLabel: string
  error: string | null
  onCommit: () => void
  onCancel: () => void
  /** Reads the file again in another encoding (CSV files only). */
  onEncoding: (encoding: CsvEncoding) => void
}

/** What the import would do, before anything is written: counts, file errors, rows, and the two choices. */
export function ImportPreviewView({
  fileName,
  preview,
  busy,
  busyLabel,
  error,
  onCommit,
  onCancel,
  onEncoding,
}: Props) {
  const { t } = useTranslation()
  const importable = preview.fileErrors.length === 0 ? preview.created + preview.updated : 0
  return (
    <section className="card import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" className="section-title">
        {t('directory.import.previewTitle')}
      </h3>
      <p className="form-note">{t('directory.import.previewIntro', { name: fileName })}</p>
      {preview.encoding ? <EncodingPicker encoding={preview.encoding} disabled={busy} onChange={onEncoding} /> : null}

      {preview.fileErrors.length > 0 ? (
        <div className="banner banner--error banner--strong" role="alert">
          <AlertOctagon size={18} aria-hidden className="banner__icon" />
          <div className="banner__body">
            <strong>{t('directory.import.fileErrorsTitle')}</strong>
            <ul className="banner__list">
              {preview.fileErrors.map((e) => (
                <li key={e}>{frenchTypography(e)}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <>
          <div className="tiles" role="group" aria-label={t('directory.import.previewTitle')}>
            <div className="tile tile--create" data-testid="import-create">
              <span className="tile__value">{preview.created}</span>
              <span className="tile__label">{t('directory.import.toCreate')}</span>
            </div>
            <div className="tile tile--update" data-testid="import-update">
              <span className="tile__value">{preview.updated}</span>
              <span className="tile__label">{t('directory.import.toUpdate')}</span>
            </div>
            <div className="tile tile--reject" data-testid="import-reject">
              <span className="tile__value">{preview.rejected}</span>
              <span className="tile__label">{t('directory.import.rejected')}</span>
            </div>
          </div>
          {preview.rejected > 0 ? (
            <p className="import-note">{t('directory.import.rejectedNote', { count: preview.rejected })}</p>
          ) : null}
          <PreviewRows rows={preview.rows} />
        </>
      )}

      <ErrorBanner message={error} />
      <div className="import-preview__footer">
        {importable === 0 && preview.fileErrors.length === 0 ? (
          <span className="muted">{t('directory.import.nothingToImport')}</span>
        ) : null}
        <span className="toolbar__spacer" />
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          {t('directory.import.cancel')}
        </button>
        <button type="button" className="btn btn--primary" onClick={onCommit} disabled={busy || importable === 0}>
          {busy ? busyLabel : t('directory.import.commit', { count: importable })}
        </button>
      </div>
    </section>
  )
}
