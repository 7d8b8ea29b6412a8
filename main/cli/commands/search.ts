import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import type { SearchHit, SearchResults, SnippetPart } from '../../../shared/domain/search'
import { search } from '../../services/search/search'
import { openDbArgument } from './plan-options'

/** A snippet for the terminal: the words found in bold when it is one, between [ ] otherwise. */
function snippetText(parts: readonly SnippetPart[], tty: boolean): string {
  return parts.map((p) => (!p.match ? p.text : tty ? `\u001b[1m${p.text}\u001b[22m` : `[${p.text}]`)).join('')
}

function hitLines(hit: SearchHit, tty: boolean): string[] {
  const head = hit.context ? `${hit.title} — ${hit.context}` : hit.title
  const lines = [`  ${head}`]
  if (hit.snippet.length > 0) lines.push(`    ${snippetText(hit.snippet, tty)}`)
  return lines
}

/** The readable French list of `copil search`. */
export function searchText(query: string, results: SearchResults, tty = false): string {
  const total = results.groups.reduce((n, g) => n + g.total, 0)
  if (total === 0) return `${t('search.cli.noResult', { query })}\n`
  const lines = [t('search.cli.summary', { count: total, query })]
  for (const group of results.groups) {
    lines.push('', t('search.cli.group', { label: t(`search.kinds.${group.kind}`), count: group.total }))
    for (const hit of group.hits) lines.push(...hitLines(hit, tty))
    const more = group.total - group.hits.length
    if (more > 0) lines.push(t('search.cli.more', { count: more }))
  }
  return `${lines.join('\n')}\n`
}

/** `copil search --db FILE [--json] [--par-type N] "termes"`: 0 found, 1 nothing found, 2 bad use. */
export function searchCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, 'par-type': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  })
  const query = positionals.join(' ').trim()
  if (query === '') {
    console.error(t('search.cli.missingTerms'))
    return 2
  }
  const perKindText = values['par-type'] ?? '5'
  const perKind = Number(perKindText)
  if (!/^\d+$/.test(perKindText) || perKind < 1 || perKind > 1_000) {
    console.error(t('search.cli.badPerKind', { value: perKindText }))
    return 2
  }
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    const results = search(db, query, { perKind })
    const found = results.groups.some((g) => g.total > 0)
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ query, ...results }, null, 2)}\n`
        : searchText(query, results, process.stdout.isTTY),
    )
    return found ? 0 : 1
  } finally {
    db.close()
  }
}
