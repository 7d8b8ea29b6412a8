import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { ReleveLifecycle } from '../../../shared/domain/lifecycle'
import { formatLongDate } from '../../dates'
import { Field } from '../../components/Field'
import './lifecycle.css'

const day = (iso: string) => formatLongDate(iso, { weekday: false })

/** The relevé's state in words: « Brouillon », « Diffusé pour observations le … », « Adopté le … (version n) ». */
export function releveStatusText(t: TFunction, l: ReleveLifecycle): string {
  const last = l.versions.at(-1)
  switch (l.stage) {
    case 'adopte':
      return last ? t('lifecycle.ui.status.adopte', { date: day(last.adoptedOn), version: last.version }) : t('lifecycle.stages.adopte')
    case 'erratum':
      return last ? t('lifecycle.ui.status.erratum', { date: day(last.adoptedOn), version: last.version }) : t('lifecycle.stages.erratum')
    case 'diffuse':
      return l.circulation ? t('lifecycle.ui.status.diffuse', { date: day(l.circulation.sentOn) }) : t('lifecycle.stages.diffuse')
    case 'brouillon':
      return l.markedAdoptedOnly ? t('lifecycle.ui.status.markedAdopted') : t('lifecycle.ui.status.brouillon')
  }
}

/**
 * « Statut du relevé » in the meeting's header: read-only, it shows where the lifecycle stands.
 * The status changes only through « Cycle du relevé » (main refuses any other way). A read-only
 * text area, so that the long sentences (« Diffusé pour observations le … ») wrap instead of
 * being cut, in either direction.
 */
export function ReleveStatusField({ lifecycle }: { lifecycle: ReleveLifecycle | null }) {
  const { t } = useTranslation()
  return (
    <Field label={t('meetings.header.status')} hint={t('lifecycle.ui.status.hint')}>
      {(c) => (
        <textarea
          {...c}
          className="input releve-status"
          rows={1}
          value={lifecycle ? releveStatusText(t, lifecycle) : ''}
          readOnly
          aria-readonly="true"
          data-testid="releve-status"
        />
      )}
    </Field>
  )
}
