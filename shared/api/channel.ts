import type { z } from 'zod'

/** One entry of the API contract: a zod schema for the input and a phantom type for the output. */
export interface ChannelDef<S extends z.ZodType, O> {
  readonly input: S
  /** Never read at run time: carries the output type only. */
  readonly output: O
}

/** Declares a channel; `output` is only a type witness built with `as<T>()`. */
export function channel<S extends z.ZodType, O>(input: S, output: O): ChannelDef<S, O> {
  return { input, output }
}

/** A type witness for a channel's output: `as<Meeting[]>()`. */
export function as<T>(): T {
  return undefined as T
}
