/**
 * What the plan screens share while one moves between them: the plan shown (remembered across
 * launches) and the « situation au » (kept for the session, and forgotten when the plan changes:
 * a meeting of one committee means nothing for another plan).
 */
import { useSyncExternalStore } from 'react'
import type { ChannelInput } from '../../../../shared/api/contract'

/** The point in time the figures are computed at; undefined = now. */
export type AsOf = ChannelInput<'plans/overview'>['asOf']

const PLAN_KEY = 'copil.plan.selected'
const AS_OF_KEY = 'copil.plan.asOf'

interface State {
  planId: number | null
  asOf: AsOf
}

function readStorage(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key)
  } catch {
    return null
  }
}

function writeStorage(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key)
    else storage().setItem(key, value)
  } catch {
    // Without storage the choice lasts as long as the page: nothing is lost.
  }
}

function initialAsOf(): AsOf {
  try {
    const parsed = JSON.parse(readStorage(() => window.sessionStorage, AS_OF_KEY) ?? 'null') as unknown
    if (typeof parsed === 'object' && parsed !== null) {
      const meetingId = (parsed as { meetingId?: unknown }).meetingId
      const date = (parsed as { date?: unknown }).date
      if (typeof meetingId === 'number') return { meetingId }
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return { date }
    }
  } catch {
    // An unreadable value is simply « now ».
  }
  return undefined
}

const storedPlan = Number(readStorage(() => window.localStorage, PLAN_KEY))
let state: State = { planId: Number.isInteger(storedPlan) && storedPlan > 0 ? storedPlan : null, asOf: initialAsOf() }
const listeners = new Set<() => void>()

function set(next: State): void {
  state = next
  writeStorage(() => window.localStorage, PLAN_KEY, next.planId === null ? null : String(next.planId))
  writeStorage(() => window.sessionStorage, AS_OF_KEY, next.asOf === undefined ? null : JSON.stringify(next.asOf))
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The plan chosen last (may no longer exist: the caller falls back to the first plan). */
export function useChosenPlanId(): number | null {
  return useSyncExternalStore(subscribe, () => state.planId)
}

/** Shows another plan; its « situation au » starts at now. */
export function choosePlan(planId: number): void {
  if (planId !== state.planId) set({ planId, asOf: undefined })
}

/** The « situation au » of the plan screens. */
export function useAsOf(): AsOf {
  return useSyncExternalStore(subscribe, () => state.asOf)
}

/** Changes the « situation au » (undefined = now). */
export function setAsOf(asOf: AsOf): void {
  set({ ...state, asOf })
}
