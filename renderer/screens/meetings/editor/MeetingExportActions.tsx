import { ExportButtons } from '../../../components/ExportButtons'
import { useMeetingEditor } from './editor-context'
import type { MeetingSectionProps } from './sections'

/** The relevé exports in the editor's top bar; pending edits are saved before the file is built. */
export function MeetingExportActions({ meeting }: MeetingSectionProps) {
  const { store } = useMeetingEditor()
  return <ExportButtons meetingId={meeting.id} beforeExport={() => store.flush()} />
}
