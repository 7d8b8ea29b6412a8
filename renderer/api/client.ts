import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract'
import type { ApiErrorData, ErrorCode } from '../../shared/api/result'
import { invoke } from './transport'

/** A failed call: `message` is French and meant to be shown as is. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string>
  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.fields = data.fields ?? {}
  }
}

type DomainOf<C extends string> = C extends `${infer D}/${string}` ? D : never
type Domains = DomainOf<ChannelName>
type ActionsOf<D extends string> = {
  [C in ChannelName as C extends `${D}/${infer A}` ? A : never]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>
}
export type ApiClient = { [D in Domains]: ActionsOf<D> }

/** Calls one channel and unwraps its result, throwing an ApiError with a French message on failure. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value as ChannelOutput<C>
}

/** The typed client: `api.meetings.list({ … })`; components never see channel strings. */
export const api = new Proxy({} as ApiClient, {
  get: (_target, domain: string) =>
    new Proxy(
      {},
      {
        get: (_inner, action: string) => (input: unknown) => call(`${domain}/${action}` as ChannelName, input as never),
      },
    ),
})
