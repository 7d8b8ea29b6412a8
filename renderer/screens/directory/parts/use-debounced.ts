import { useEffect, useState } from 'react'

/** The value, once it has stopped changing for `delay` ms (search fields call the API as one types). */
export function useDebounced<T>(value: T, delay = 200): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay)
    return () => window.clearTimeout(timer)
  }, [value, delay])
  return settled
}
