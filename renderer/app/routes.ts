import { useEffect, useState } from 'react'

/** The screens reachable from the sidebar. */
export const SECTIONS = ['meetings', 'decisions', 'actions', 'plan', 'directory', 'settings', 'trash'] as const
export type Section = (typeof SECTIONS)[number]

export interface Route {
  section: Section
  /** Further path segments, e.g. ['42'] for meeting 42. */
  rest: string[]
}

/** Reads the route from the address hash (#/meetings/42). */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const section = SECTIONS.find((s) => s === parts[0]) ?? 'meetings'
  return { section, rest: parts.slice(1) }
}

/** Current route, following hash changes (so the browser's back button works in the preview). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

/** Goes to a route. */
export function navigate(path: string): void {
  window.location.hash = `#/${path.replace(/^\//, '')}`
}
