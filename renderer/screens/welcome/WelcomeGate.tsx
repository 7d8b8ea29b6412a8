import { useEffect, useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import { navigate, useRoute } from '../../app/routes'
import { WelcomeScreen } from './WelcomeScreen'

const DISMISSED_KEY = 'copil.welcome.startedEmpty'

function dismissed(): boolean {
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === '1'
  } catch {
    return false
  }
}

function rememberDismissed(): void {
  try {
    window.localStorage.setItem(DISMISSED_KEY, '1')
  } catch {
    // Without storage the offer simply comes back next time: nothing is lost.
  }
}

/**
 * Shows the welcome screen instead of the home (the meetings list) while the database is empty
 * and the user has not chosen to start from scratch; everything else renders as routed.
 */
export function WelcomeGate({ children }: { children: ReactNode }) {
  const route = useRoute()
  const home = route.section === 'meetings' && route.rest.length === 0
  // null while asking; asked again each time the user comes back home (they may have added data).
  const [empty, setEmpty] = useState<boolean | null>(null)
  const [startedEmpty, setStartedEmpty] = useState(dismissed)

  useEffect(() => {
    if (!home || startedEmpty) return
    let current = true
    api.demo.status({}).then(
      (status) => {
        if (!current) return
        if (status.startedEmpty) setStartedEmpty(true)
        setEmpty(status.empty)
      },
      // If the question fails, show the app as usual rather than block it.
      () => current && setEmpty(false),
    )
    return () => {
      current = false
    }
  }, [home, startedEmpty])

  if (!home || startedEmpty) return <>{children}</>
  if (empty === null) return null
  if (!empty) return <>{children}</>
  return (
    <WelcomeScreen
      onLoaded={(meetingId) => {
        setEmpty(false)
        navigate(`meetings/${meetingId}`)
      }}
      onStartEmpty={() => {
        rememberDismissed()
        // Remembered in the database too; if that fails, the browser's memory still holds it.
        api.demo.startEmpty({}).catch(() => undefined)
        setStartedEmpty(true)
        navigate('meetings')
      }}
    />
  )
}
