/** The demo meeting and a later meeting of its committee, on the real services, for the lifecycle tests. */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import type { Result } from '../../../shared/api/result'
import { startTestServices } from '../../helpers/services'

export type App = ReturnType<typeof startTestServices>

/** Calls a channel and expects success. */
export async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/** Calls a channel and returns its result as is. */
export function attempt<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<Result<unknown>> {
  return app.dispatcher.dispatch(channel, input)
}

/** The example loaded, plus the committee's next meeting (2 October 2020). */
export async function demoWithNextMeeting(): Promise<{ app: App; meetingId: number; nextId: number }> {
  const app = startTestServices()
  const { meetingId } = await call(app, 'demo/load', {})
  const next = await call(app, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2020-10-02' }] })
  return { app, meetingId, nextId: next.id }
}
