/**
 * What changed between two versions of a relevé, section by section, as lines of plain text
 * (rich text flattened by richToPlainText): a line diff per section, sections without a change
 * left out. Used by the erratum screen, `copil verify` and the « Vérifier un PDF » screen.
 *
 * The lines read as the editor shows the values: dates in words, the kind, mode and attendance
 * statuses by their names, percentages with « % », in the language `t` speaks (the interface's
 * for a call from the interface, French for the CLI). Both versions are written the same way, so
 * the diff is the same whatever the language.
 */
import type { ReleveDecision } from '../domain/releve'
import { richToPlainText } from '../domain/rich-text'
import { currentLanguage, t } from '../i18n/translate'
import { formatPercent } from '../plan/bands'
import { formatMeetingDatesIn } from '../text/dates'
import type { ReleveContent } from './canonical'
import { personName } from '../text/person-name'

export type ReleveSection = 'header' | 'participants' | 'agenda' | 'introduction' | 'discussions' | 'decisions' | 'engagements' | 'nextSteps'

export const RELEVE_SECTIONS: readonly ReleveSection[] = [
  'header', 'participants', 'agenda', 'introduction', 'discussions', 'decisions', 'engagements', 'nextSteps',
]

export interface DiffLine {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface SectionDiff {
  section: ReleveSection
  lines: DiffLine[]
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '')

function decisionLines(d: ReleveDecision): string[] {
  if (typeof d === 'string') return lines(d)
  return lines(richToPlainText(d.body)).map((l, i) =>
    i === 0 && d.note ? t('locale.labelValue', { label: t('minutesBlocks.noteMark'), value: l }) : l,
  )
}

/** A code of the vocabulary by its name (« ordinaire » → « Ordinaire »); a code not known stays as stored. */
const named = (group: 'meetingKinds' | 'meetingModes' | 'attendance', code: string): string =>
  code ? t(`${group}.${code}`, { defaultValue: code }) : ''

/** The relevé as plain-text lines, per section. */
export function sectionLines(r: ReleveContent): Record<ReleveSection, string[]> {
  return {
    header: [
      r.title,
      named('meetingKinds', r.kind),
      named('meetingModes', r.mode),
      r.place,
      r.videoTool,
      ...r.dates.map((d) => formatMeetingDatesIn(currentLanguage(), [d])),
    ].filter((l) => l.trim() !== ''),
    participants: r.participants.map((p) =>
      [personName(p), p.function, p.organisation, named('attendance', p.status), p.representedBy].filter(Boolean).join(' — '),
    ),
    agenda: r.agenda.map((a) => [a.title, a.presenter].filter(Boolean).join(' — ')),
    introduction: r.introduction ? lines(richToPlainText(r.introduction)) : [],
    discussions: r.agenda.flatMap((a) => [`# ${a.discussionHeading || a.title}`, ...lines(richToPlainText(a.discussion))]),
    decisions: [
      ...r.agenda.flatMap((a) => a.decisions.flatMap(decisionLines)),
      ...(r.otherDecisions ?? []).flatMap(decisionLines),
    ],
    engagements: r.engagements.flatMap((e) => [
      [`${e.number}. ${e.title}`, e.progress === null ? '' : formatPercent(e.progress)].filter(Boolean).join(' — '),
      ...lines(e.narrative),
      ...e.replanning,
    ]),
    nextSteps: r.nextSteps.flatMap((s) => [
      [s.text, s.responsible, s.due].filter(Boolean).join(' — '),
      ...(s.details ? lines(richToPlainText(s.details)) : []),
    ]),
  }
}

/** A line diff (longest common subsequence); fine for the few hundred lines of a section. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length
  const m = after.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as number[]
    const next = lcs[i + 1] as number[]
    for (let j = m - 1; j >= 0; j--) {
      row[j] = before[i] === after[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number)
    }
  }
  const result: DiffLine[] = []
  const at = (a: number, b: number): number => (lcs[a] as number[])[b] as number
  let i = 0
  let j = 0
  // Removed lines before added ones, as a reader expects « − old » then « + new ».
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      result.push({ kind: 'same', text: before[i] as string })
      i++
      j++
    } else if (i < n && (j >= m || at(i + 1, j) >= at(i, j + 1))) {
      result.push({ kind: 'removed', text: before[i] as string })
      i++
    } else {
      result.push({ kind: 'added', text: after[j] as string })
      j++
    }
  }
  return result
}

/** The sections that differ between two versions, each with its line diff. */
export function diffReleves(before: ReleveContent, after: ReleveContent): SectionDiff[] {
  const a = sectionLines(before)
  const b = sectionLines(after)
  return RELEVE_SECTIONS.flatMap((section) => {
    const diff = diffLines(a[section], b[section])
    return diff.some((l) => l.kind !== 'same') ? [{ section, lines: diff }] : []
  })
}
