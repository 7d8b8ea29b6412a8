import { useEffect, useState, type ChangeEvent } from 'react'
import { flushSync } from 'react-dom'
import type { ControlProps } from '../../../components/Field'
import { browserHost, createIdleQueue } from './idle-queue'

export interface SelectOption {
  value: string
  label: string
}

/** Options under an optional group heading (`<optgroup>`); a group without options is not drawn. */
export interface SelectGroup {
  label?: string
  options: readonly SelectOption[]
}

/**
 * A select of the editor's rows whose list is long and repeated in every row (the agenda items in
 * each decision, the directory in each next step: about 1,800 options in the largest meeting).
 * It is drawn first with the options that show or size it (the empty choice, the chosen one and
 * the longest labels, in their order), and gets its whole list as soon as it is focused, pressed
 * or touched — before its list opens or a key moves its choice — or otherwise in the first idle
 * moment after the editor is drawn, one select at a time, once the user has paused (typing and
 * pointing come first). What it shows never changes. It says
 * `data-deferred` until it has its whole list.
 */
export function DeferredSelect({
  control,
  className,
  value,
  none,
  groups,
  onChange,
}: {
  control: ControlProps
  className: string
  value: string
  none: SelectOption
  groups: readonly SelectGroup[]
  onChange: (value: string) => void
}) {
  const [whole, setWhole] = useState(false)
  useEffect(() => {
    if (whole) return undefined
    return queue.add(() => flushSync(() => setWhole(true)))
  }, [whole])
  const complete = () => {
    if (!whole) flushSync(() => setWhole(true))
  }
  const shown = whole ? null : sizingValues(groups, value)
  const options = (list: readonly SelectOption[]) =>
    list
      .filter((o) => shown === null || shown.has(o.value))
      .map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))
  return (
    <select
      {...control}
      className={className}
      value={value}
      // Until the whole list is there (tests wait for the page to settle on it).
      data-deferred={whole ? undefined : ''}
      onFocus={complete}
      onMouseDown={complete}
      onPointerDown={complete}
      onTouchStart={complete}
      onKeyDown={complete}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
    >
      <option value={none.value}>{none.label}</option>
      {groups.map((group, index) => {
        if (group.options.length === 0) return null
        if (group.label === undefined) return options(group.options)
        return (
          <optgroup key={index} label={group.label}>
            {options(group.options)}
          </optgroup>
        )
      })}
    </select>
  )
}

/** How many of the longest labels are kept, so that the select is as wide as with its whole list. */
const SIZING_LABELS = 3

/** The values drawn before the whole list: the chosen one and the longest labels. */
function sizingValues(groups: readonly SelectGroup[], value: string): Set<string> {
  const all = groups.flatMap((g) => g.options)
  const longest = [...all].sort((a, b) => b.label.length - a.label.length).slice(0, SIZING_LABELS)
  return new Set([value, ...longest.map((o) => o.value)])
}

/**
 * The selects waiting for their whole list, completed one per idle moment (first asked, first served),
 * once the user has stopped typing or pointing for a second (a key comes first). On a machine so busy
 * that the page never idles, a select still gets its list half a second after its turn.
 */
const queue = createIdleQueue(browserHost, { quietMs: 1000, maxWaitMs: 500 })
if (typeof document !== 'undefined') {
  for (const type of ['keydown', 'beforeinput', 'pointerdown', 'wheel'] as const)
    document.addEventListener(type, () => queue.noteInput(), { capture: true, passive: true })
}
