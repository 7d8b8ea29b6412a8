import { useTranslation } from 'react-i18next'
import type { MeetingStatus } from '../../../shared/domain/vocabulary'

/** « Projet » or « Adopté ». */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`badge ${status === 'adopte' ? 'badge--adopted' : 'badge--draft'}`}>
      {t(`meetingStatuses.${status}`)}
    </span>
  )
}
