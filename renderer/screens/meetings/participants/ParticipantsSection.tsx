import { useMemo, useState } from 'react'
import type { MeetingSectionProps } from '../editor/sections'
import { useMeetingEditor } from '../editor/editor-context'
import { AttendanceList } from './AttendanceList'
import { AddPersonPanel } from './AddPersonPanel'
import { CountsPanel } from './CountsPanel'
import { ParticipantOrderChoice, ProtocolOrderList } from './ParticipantOrder'
import { defaultAddedStatus } from '../../../../shared/meetings/added-status'
import { todayIso } from '../meeting-text'

/**
 * The attendance checklist with its live counts, and the way to add a guest; the order of the
 * list in the relevé (« par collège » / « ordre protocolaire »), reordered in place of the checklist.
 */
export function ParticipantsSection({ meeting }: MeetingSectionProps) {
  const { committee } = useMeetingEditor()
  const listed = useMemo(() => new Set(meeting.attendance.map((e) => e.personId)), [meeting.attendance])
  const [reordering, setReordering] = useState(false)
  const showOrder = reordering && meeting.participantOrder === 'protocol' && meeting.attendance.length > 0
  return (
    <div className="participants">
      <div className="card participants__list">
        {meeting.attendance.length > 0 ? (
          <ParticipantOrderChoice
            order={meeting.participantOrder}
            reordering={showOrder}
            onReordering={setReordering}
          />
        ) : null}
        {showOrder ? (
          <ProtocolOrderList attendance={meeting.attendance} />
        ) : (
          <AttendanceList attendance={meeting.attendance} />
        )}
        <AddPersonPanel listed={listed} addedStatus={defaultAddedStatus(meeting.dates, todayIso()) === 'present' ? 'present' : 'invite'} />
      </div>
      <CountsPanel attendance={meeting.attendance} quorum={committee?.quorum ?? null} />
    </div>
  )
}
