import { useTranslation } from 'react-i18next'
import { ArrowLeft } from 'lucide-react'
import { MeetingPlanSection } from '../MeetingPlanSection'

/** #/plan/meetings/<id>: the « État d'avancement du plan » of one meeting on a page of its own. */
export function MeetingPlanPage({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation()
  return (
    <div className="page plan-page">
      <div className="plan-backs">
        <a className="back-link plan-back" href="#/plan">
          <ArrowLeft size={16} aria-hidden />
          {t('planUi.back')}
        </a>
        <a className="back-link plan-back" href={`#/meetings/${meetingId}`}>
          {t('planUi.meetingSection.openMeeting')}
        </a>
      </div>
      <header className="page__header">
        <h1 className="page__title">{t('planUi.meetingSection.title')}</h1>
      </header>
      <MeetingPlanSection meetingId={meetingId} withTitle={false} />
    </div>
  )
}
