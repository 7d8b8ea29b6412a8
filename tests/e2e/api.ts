/**
 * Calls the preview's API from a test, as the renderer does: POST /api/invoke with the per-launch
 * token. Used to seed data; what is checked goes through the interface.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract'
import type { Result } from '../../shared/api/result'
import type { Preview } from './preview'

/** Calls one channel on the running preview; throws with the French message on failure. */
export async function invoke<C extends ChannelName>(
  preview: Preview,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const url = new URL(preview.url)
  const response = await fetch(`${url.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Copil-Token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify({ channel, input }),
  })
  const result = (await response.json()) as Result<ChannelOutput<C>>
  if (!result.ok) throw new Error(`${channel} : ${result.error.message}`)
  return result.value
}
