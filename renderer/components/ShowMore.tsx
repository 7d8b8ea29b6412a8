import { useEffect, useRef } from 'react'
import './components.css'

/**
 * The end of a list mounted a page at a time: a button showing the next page (for the keyboard),
 * pressed by itself when the end of the list comes near the screen, so that a long list costs what
 * is seen. Renders nothing once everything is shown (`rest` 0). `onMore` should be stable.
 */
export function ShowMore({ rest, label, onMore }: { rest: number; label: string; onMore: () => void }) {
  const sentinel = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = sentinel.current
    if (element === null || rest <= 0 || typeof IntersectionObserver === 'undefined') return undefined
    // Observed again after each page: if the end is still near the screen, the next page follows.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onMore()
    }, { rootMargin: '400px 0px' })
    observer.observe(element)
    return () => observer.disconnect()
  }, [rest, onMore])
  if (rest <= 0) return null
  return (
    <div ref={sentinel} className="show-more">
      <button type="button" className="btn btn--sm" onClick={onMore}>
        {label}
      </button>
    </div>
  )
}
