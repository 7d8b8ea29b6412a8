import { MeetingsList } from './list/MeetingsList'
import { MeetingEditor } from './editor/MeetingEditor'

/** #/meetings shows the list; #/meetings/<id> the editor of that meeting. */
export function MeetingsScreen({ rest }: { rest: string[] }) {
  const id = rest[0] !== undefined ? Number(rest[0]) : NaN
  if (Number.isInteger(id) && id > 0) return <MeetingEditor key={id} id={id} />
  return <MeetingsList />
}
