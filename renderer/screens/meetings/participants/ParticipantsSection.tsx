import { useMemo } from 'react'
import type { MeetingSectionProps } from '../editor/sections'
import { useMeetingEditor } from '../editor/editor-context'
import { AttendanceList } from './AttendanceList'
import { AddPersonPanel } from './AddPersonPanel'
import { CountsPanel } from './CountsPanel'
import { defaultAddedStatus } from '../../../../shared/meetings/added-status'
import { todayIso } from '../meeting-text'

/** The attendance checklist with its live counts, and the way to add a guest. */
export function ParticipantsSection({ meeting }: MeetingSectionProps) {
  const { committee } = useMeetingEditor()
  const listed = useMemo(() => new Set(meeting.attendance.map((e) => e.personId)), [meeting.attendance])
  return (
    <div className="participants">
      <div className="card participants__list">
        <AttendanceList attendance={meeting.attendance} />
        <AddPersonPanel listed={listed} addedStatus={defaultAddedStatus(meeting.dates, todayIso()) === 'present' ? 'present' : 'invite'} />
      </div>
      <CountsPanel attendance={meeting.attendance} quorum={committee?.quorum ?? null} />
    </div>
  )
}
