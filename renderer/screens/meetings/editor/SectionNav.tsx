import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingSection } from './sections'

/**
 * Links to the sections of the relevé, highlighting the one being read. Buttons rather than
 * anchors: the address hash is the app's route.
 */
export function SectionNav({ sections }: { sections: readonly MeetingSection[] }) {
  const { t } = useTranslation()
  const [active, setActive] = useState(sections[0]?.id ?? '')

  useEffect(() => {
    const elements = sections
      .map((s) => document.getElementById(`section-${s.id}`))
      .filter((e): e is HTMLElement => e !== null)
    const root = elements[0]?.closest('.main') ?? null
    // The band starts just above where `go` puts a section's title (under the sticky bar): the end of
    // the section before it, a gap higher, is out of the band, so it does not take the highlight back.
    const bar = root?.querySelector('.editor__top')?.getBoundingClientRect().height ?? 150
    const visible = new Map<string, boolean>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) visible.set(entry.target.id, entry.isIntersecting)
        const first = sections.find((s) => visible.get(`section-${s.id}`))
        if (first) setActive(first.id)
      },
      // The band just under the sticky bar decides which section is "current".
      { root, rootMargin: `-${Math.round(bar + 8)}px 0px -55% 0px` },
    )
    for (const element of elements) observer.observe(element)
    return () => observer.disconnect()
  }, [sections])

  const go = (id: string) => {
    const section = document.getElementById(`section-${id}`)
    // Scroll the editor's pane only: scrollIntoView would also scroll the window when the
    // meeting is too short for the section to reach the top, taking the top bar away.
    const pane = section?.closest('.main')
    if (section && pane) {
      const bar = pane.querySelector('.editor__top')?.getBoundingClientRect().height ?? 0
      const top = section.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - bar - 12
      pane.scrollTo({ top: Math.max(0, top), behavior: 'smooth' })
    }
    document.getElementById(`section-${id}-title`)?.focus({ preventScroll: true })
    setActive(id)
  }

  return (
    <nav className="section-nav" aria-label={t('meetings.editor.sectionsNav')}>
      {sections.map((s) => (
        <button
          key={s.id}
          type="button"
          className={`section-nav__link${active === s.id ? ' section-nav__link--active' : ''}`}
          aria-current={active === s.id ? 'location' : undefined}
          onClick={() => go(s.id)}
        >
          {t(s.titleKey)}
        </button>
      ))}
    </nav>
  )
}
