/**
 * Search figures on the ten-year database: a query answered (p95 over words typed one letter at
 * a time, as the Ctrl+K box asks at each key) and the index built from scratch, as migration 13
 * builds it for an existing database.
 */
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../db/connection'
import { FILL_SEARCH_INDEX } from '../db/migrations/0013-search-index'
import { search } from '../services/search/search'
import type { BenchRow } from './readme-section'
import { summarise } from './stats'

/** What a user types, measured at every prefix of two letters or more. */
const TYPED = [
  'periode de confinement',
  'comité de pilotage',
  'replanifier les activités',
  'engagement 12',
  'Nom123',
  'Organisation 7',
  'délais accordés',
  'اللجنة الوطنية',
  'xyzzy',
]

/** Every prefix of every typed phrase, from two characters. */
export function typedQueries(phrases: readonly string[] = TYPED): string[] {
  const queries: string[] = []
  for (const phrase of phrases) for (let n = 2; n <= phrase.length; n++) queries.push(phrase.slice(0, n))
  return queries
}

/** The bench's rows for search, measured on the (already generated) database at `dbPath`. */
export function searchRows(dbPath: string, options: { buildRuns?: number; rounds?: number } = {}): BenchRow[] {
  const db = openDatabase(dbPath)
  try {
    const queries = typedQueries()
    for (const q of queries) search(db, q)
    const samples: number[] = []
    for (let round = 0; round < (options.rounds ?? 3); round++) {
      for (const q of queries) {
        const start = performance.now()
        search(db, q)
        samples.push(performance.now() - start)
      }
    }
    const entries = db.prepare('SELECT count(*) FROM search_index').pluck().get() as number
    const builds: number[] = []
    for (let run = 0; run < (options.buildRuns ?? 3); run++) {
      const start = performance.now()
      db.transaction(() => {
        db.exec('DELETE FROM search_index')
        db.exec(FILL_SEARCH_INDEX)
      })()
      builds.push(performance.now() - start)
    }
    const typed = summarise(samples)
    return [
      {
        name: 'Recherche plein texte, à chaque touche',
        budgetMs: 10,
        judgedOn: 'p95',
        ...typed,
        note: `${samples.length} requêtes (chaque préfixe de ${TYPED.length} saisies, ${options.rounds ?? 3} fois) ; le budget vaut pour le p95`,
      },
      {
        name: 'Index de recherche, construction (migration)',
        budgetMs: 5000,
        ...summarise(builds),
        note: `${entries} textes indexés`,
      },
    ]
  } finally {
    db.close()
  }
}
