/**
 * The editor is a list of sections, in the order of the relevé. A section is a component taking the
 * meeting; it reaches the editor's actions through `useMeetingEditor()`. To add one (e.g. « État
 * d'avancement du plan »), insert an entry here; it appears in the page and in the sticky nav.
 * Buttons for the editor's top bar (e.g. exports) go in MEETING_TOOLBAR_ACTIONS the same way.
 */
import type { ComponentType } from 'react'
import { MeetingHistoryButton } from '../../history/MeetingHistoryButton'
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
import { agendaOutline, type MeetingWatch } from './use-meeting'
import { PreviousActionsSection } from '../../registers/PreviousActionsSection'

export interface MeetingSectionProps {
  meeting: Meeting
}

export interface MeetingSection {
  /** Anchor id, stable: `section-<id>`. */
  id: string
  /** i18n key of the section title. */
  titleKey: string
  Component: ComponentType<MeetingSectionProps>
  /**
   * Every value of the meeting the section shows (and its children): the section re-renders when
   * one of them changes, and only then, so typing elsewhere leaves it alone. Keep it complete.
   */
  watch: MeetingWatch
}

const header: MeetingWatch = (m) => [m.id, m.title, m.kind, m.mode, m.place, m.videoTool, m.notes, m.status, m.dates, m.committeeName]

export const MEETING_SECTIONS: MeetingSection[] = [
  { id: 'header', titleKey: 'meetings.sections.header', Component: HeaderSection, watch: header },
  {
    id: 'participants',
    titleKey: 'meetings.sections.participants',
    Component: ParticipantsSection,
    watch: (m) => [m.id, m.attendance, m.dates, m.participantOrder],
  },
  { id: 'agenda', titleKey: 'meetings.sections.agenda', Component: AgendaSection, watch: (m) => [m.id, ...agendaOutline(m)] },
  // The introduction's editor owns its text once created: only another meeting makes a new one.
  { id: 'introduction', titleKey: 'minutesIntro.introduction.title', Component: IntroductionSection, watch: (m) => [m.id] },
  {
    id: 'discussions',
    titleKey: 'meetings.sections.discussions',
    Component: DiscussionsSection,
    // Each discussion's editor owns its text: its keys re-render nothing.
    watch: (m) => [m.id, ...agendaOutline(m)],
  },
  // The plan section loads and saves on its own.
  { id: 'plan', titleKey: 'planUi.meetingSection.title', Component: MeetingPlanEditorSection, watch: (m) => [m.id] },
  {
    id: 'decisions',
    titleKey: 'meetings.sections.decisions',
    Component: DecisionsSection,
    watch: (m) => [m.id, m.decisions, m.decisionStyle, ...agendaOutline(m)],
  },
  // Loads and records the follow-up on its own, from the meeting's id.
  { id: 'followUps', titleKey: 'registers.followUp.title', Component: PreviousActionsSection, watch: (m) => [m.id] },
  {
    id: 'nextSteps',
    titleKey: 'meetings.sections.nextSteps',
    Component: NextStepsSection,
    watch: (m) => [m.id, m.nextSteps, m.attendance, m.dates],
  },
]

/** What the top bar shows of the meeting (its toolbar actions included). */
export const TOP_BAR_WATCH: MeetingWatch = (m) => [m.id, m.title, m.dates, m.status, m.committeeName]

/** Extra buttons in the editor's top bar, each given the meeting (exports, …); keep TOP_BAR_WATCH complete. */
export const MEETING_TOOLBAR_ACTIONS: ComponentType<MeetingSectionProps>[] = [MeetingExportActions, MeetingHistoryButton]
