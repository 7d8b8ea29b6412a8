/**
 * The editor is a list of sections, in the order of the relevé. A section is a component taking the
 * meeting; it reaches the editor's actions through `useMeetingEditor()`. To add one (e.g. « État
 * d'avancement du plan »), insert an entry here; it appears in the page and in the sticky nav.
 * Buttons for the editor's top bar (e.g. exports) go in MEETING_TOOLBAR_ACTIONS the same way.
 */
import type { ComponentType } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { HeaderSection } from './HeaderSection'
import { ParticipantsSection } from '../participants/ParticipantsSection'
import { AgendaSection } from '../agenda/AgendaSection'
import { DiscussionsSection } from '../minutes/DiscussionsSection'
import { IntroductionSection } from '../minutes/IntroductionSection'
import { DecisionsSection } from '../minutes/DecisionsSection'
import { NextStepsSection } from '../minutes/NextStepsSection'
import { MeetingPlanEditorSection } from '../../plan/MeetingPlanSection'
import { MeetingExportActions } from './MeetingExportActions'

export interface MeetingSectionProps {
  meeting: Meeting
}

export interface MeetingSection {
  /** Anchor id, stable: `section-<id>`. */
  id: string
  /** i18n key of the section title. */
  titleKey: string
  Component: ComponentType<MeetingSectionProps>
}

export const MEETING_SECTIONS: MeetingSection[] = [
  { id: 'header', titleKey: 'meetings.sections.header', Component: HeaderSection },
  { id: 'participants', titleKey: 'meetings.sections.participants', Component: ParticipantsSection },
  { id: 'agenda', titleKey: 'meetings.sections.agenda', Component: AgendaSection },
  { id: 'introduction', titleKey: 'minutesIntro.introduction.title', Component: IntroductionSection },
  { id: 'discussions', titleKey: 'meetings.sections.discussions', Component: DiscussionsSection },
  { id: 'plan', titleKey: 'planUi.meetingSection.title', Component: MeetingPlanEditorSection },
  { id: 'decisions', titleKey: 'meetings.sections.decisions', Component: DecisionsSection },
  { id: 'nextSteps', titleKey: 'meetings.sections.nextSteps', Component: NextStepsSection },
]

/** Extra buttons in the editor's top bar, each given the meeting (exports, …). */
export const MEETING_TOOLBAR_ACTIONS: ComponentType<MeetingSectionProps>[] = [MeetingExportActions]
