import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileCheck } from 'lucide-react'
import type { VerifyReport } from '../../../shared/domain/lifecycle'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { FileDropZone } from '../../components/FileDropZone'
import { DiffView } from './DiffView'
import './lifecycle.css'

/** Reads a file as base64 (without the data URL's prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '')
    reader.onerror = () => reject(reader.error ?? new Error('read'))
    reader.readAsDataURL(file)
  })
}

/** « Vérifier un PDF de relevé » in Paramètres: drop or choose a PDF, learn whether it is an adopted version. */
export function VerifyPdfSection() {
  const { t } = useTranslation()
  const [name, setName] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<VerifyReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  const check = async (file: File) => {
    setName(file.name)
    setBusy(true)
    setReport(null)
    setError(null)
    try {
      setReport(await api.releve.verify({ fileName: file.name, contentBase64: await readBase64(file) }))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings__section" aria-labelledby="settings-verify">
      <h2 id="settings-verify">{t('lifecycle.ui.verify.title')}</h2>
      <p className="settings__intro">{t('lifecycle.ui.verify.intro')}</p>
      <FileDropZone
        disabled={busy}
        onFile={(file) => void check(file)}
        current={name}
        accept=".pdf,application/pdf"
        icon={(size) => <FileCheck size={size} aria-hidden />}
        texts={{
          fileLabel: t('lifecycle.ui.verify.fileLabel'),
          choose: t('lifecycle.ui.verify.choose'),
          chooseAnother: t('lifecycle.ui.verify.chooseAnother'),
          dropHint: t('lifecycle.ui.verify.dropHint'),
        }}
        classes={{ prefix: 'verify-dropzone', input: 'verify-file-input', hidden: 'verify-visually-hidden' }}
      />
      {busy ? <p className="lifecycle__muted">{t('lifecycle.ui.verify.checking')}</p> : null}
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {report ? (
        <div
          className={`banner ${report.verdict === 'adopted' ? 'verify-report--adopted' : 'banner--error'}`}
          role="status"
          data-testid="verify-report"
        >
          <div>
            <p>{report.message}</p>
            {report.fingerprint && report.verdict === 'adopted' ? <p className="lifecycle__fingerprint">{report.fingerprint}</p> : null}
            {report.meetingId ? <a href={`#/meetings/${report.meetingId}`}>{t('lifecycle.ui.verify.open')}</a> : null}
          </div>
        </div>
      ) : null}
      {report && report.differences.length > 0 ? (
        <div>
          <h3>{t('lifecycle.ui.verify.differences')}</h3>
          <DiffView diff={report.differences} />
        </div>
      ) : null}
    </section>
  )
}
