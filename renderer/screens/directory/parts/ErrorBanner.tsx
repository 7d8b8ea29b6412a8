import { AlertTriangle } from 'lucide-react'
import type { ReactNode } from 'react'

/** A French error message, announced to screen readers; renders nothing when there is none. */
export function ErrorBanner({ message, children }: { message: string | null; children?: ReactNode }) {
  if (!message) return null
  return (
    <div className="banner banner--error" role="alert">
      <AlertTriangle size={16} aria-hidden className="banner__icon" />
      <div className="banner__body">
        <span>{message}</span>
        {children}
      </div>
    </div>
  )
}
