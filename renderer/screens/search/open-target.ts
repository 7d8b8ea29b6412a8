/** Opens the place a search result names, then brings the exact element into view. */
import type { SearchTarget } from '../../../shared/domain/search'
import { navigate } from '../../app/routes'

/** The page to go to, and the elements to show there, most precise first. */
export function targetPlace(target: SearchTarget): { path: string; selectors: string[] } {
  switch (target.screen) {
    case 'meeting': {
      const section = `#section-${target.section}`
      const item =
        target.itemId === undefined
          ? []
          : target.section === 'decisions'
            ? [`[data-testid="decision-editor-${target.itemId}"]`]
            : target.section === 'nextSteps'
              ? [`[data-next-step-text="${target.itemId}"]`]
              : target.section === 'discussions'
                ? [`[data-discussion-item="${target.itemId}"]`]
                : []
      return { path: `meetings/${target.meetingId}`, selectors: [...item, section] }
    }
    case 'person':
      return { path: `directory/people/${target.personId}`, selectors: [] }
    case 'organisation':
      return { path: `directory/organisations/${target.organisationId}`, selectors: [] }
    case 'engagement': {
      const path = `plan/engagements/${target.engagementId}`
      return { path, selectors: target.activityId === undefined ? [] : [`[data-activity-id="${target.activityId}"]`] }
    }
  }
}

const WAIT_MS = 8_000

/** Goes to the result's page and, once it is drawn, scrolls to its element and marks it a moment. */
export function openTarget(target: SearchTarget): void {
  const { path, selectors } = targetPlace(target)
  navigate(path)
  if (selectors.length === 0) return
  const started = Date.now()
  let sectionSeenAt: number | null = null
  const timer = window.setInterval(() => {
    const exact = selectors[0] ? document.querySelector<HTMLElement>(selectors[0]) : null
    const fallback =
      selectors.length > 1 ? document.querySelector<HTMLElement>(selectors[selectors.length - 1] ?? '') : null
    if (fallback && sectionSeenAt === null) sectionSeenAt = Date.now()
    // The item itself when it is drawn; its section when the item does not come (a long list drawn in part).
    const element = exact ?? (sectionSeenAt !== null && Date.now() - sectionSeenAt > 1_500 ? fallback : null)
    if (element || Date.now() - started > WAIT_MS) {
      window.clearInterval(timer)
      if (element) reveal(element)
    }
  }, 50)
}

function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' })
  const focusable = element.matches('input, textarea, [contenteditable="true"], [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('[contenteditable="true"], textarea, input, [tabindex="-1"]')
  focusable?.focus({ preventScroll: true })
  element.classList.add('search-found')
  window.setTimeout(() => element.classList.remove('search-found'), 2_500)
}
