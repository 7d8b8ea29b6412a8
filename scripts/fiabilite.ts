/**
 * The README's « Fiabilité » section, generated from the results of `npm run test:faults`
 * (docs/fiabilite.json): the table of counts and the list of claims (scripts/fiabilite-claims.ts),
 * each naming the test that proves it. Nothing here is typed by hand but the sentences; every number
 * comes from a results file, and a row whose file is missing says so.
 * tests/unit/readme/fiabilite.test.ts checks that the README holds exactly what this renders.
 *
 * Plain TypeScript: scripts/test-faults.mjs runs it with Node's type stripping.
 */
import { CLAIMS, ROWS } from './fiabilite-claims.ts'
import { fmt, type Counts, type FaultResults, type Proof, type Row, type TestOutcome } from './fiabilite-model.ts'

export { CLAIMS, ROWS } from './fiabilite-claims.ts'
export { fmt } from './fiabilite-model.ts'
export type { Claim, Counts, FaultResults, Proof, Row, TestOutcome } from './fiabilite-model.ts'

export const BEGIN =
  '<!-- fiabilite:debut — généré par npm run test:faults depuis docs/fiabilite.json, ne pas modifier à la main -->'
export const END = '<!-- fiabilite:fin -->'

/** The tests a proof names, and how they ended in the run. */
export function proofOutcome(proof: Proof, tests: readonly TestOutcome[]): string {
  const found = tests.filter((t) => t.file === proof.file && t.name.includes(proof.test))
  if (found.length === 0) return 'absent de la dernière exécution'
  const count = (status: TestOutcome['status']) => found.filter((t) => t.status === status).length
  const parts = [`${count('passed')} / ${found.length} réussi${found.length > 1 ? 's' : ''}`]
  if (count('failed') > 0) parts.push(`${count('failed')} en échec`)
  if (count('skipped') > 0) parts.push(`${count('skipped')} sauté${count('skipped') > 1 ? 's' : ''}`)
  return parts.join(', ')
}

/** Whether the row's value holds, or why it does not (its file is missing, a count is wrong). */
export function rowFailure(row: Row, files: FaultResults['files']): string | undefined {
  const counts = files[row.source]
  if (!counts) return row.mayBeAbsent ? undefined : `${row.label} : résultats absents (${row.source})`
  return row.holds && !row.holds(counts) ? `${row.label} : ${row.value(counts)}` : undefined
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

function channelTable(fuzz: Counts | undefined): string[] {
  const byChannel = (fuzz?.byChannel ?? {}) as Record<string, Counts>
  if (Object.keys(byChannel).length === 0) return []
  return [
    '<details><summary>Fuzz de l’API, canal par canal : appels acceptés / refusés / plantages</summary>',
    '',
    '| Canal | Acceptés | Refusés | Plantages |',
    '|---|---:|---:|---:|',
    ...Object.entries(byChannel).map(
      ([channel, t]) => `| \`${channel}\` | ${fmt(t.accepted)} | ${fmt(t.refused)} | ${fmt(t.crashes)} |`,
    ),
    '',
    '</details>',
  ]
}

/** The section between the markers, markers included. */
export function renderFiabilite(results: FaultResults): string {
  const date = results.generatedAt.slice(0, 10)
  const size = results.full ? 'nombres complets (FAULTS_FULL=1)' : 'taille rapide, celle de `npm test`'
  const rows = ROWS.map((row) => {
    const counts = results.files[row.source]
    const absent = `— (résultats absents : ${row.source} n’a pas tourné${row.mayBeAbsent ? ` ; ${row.mayBeAbsent}` : ''})`
    const value = counts ? row.value(counts) : absent
    const mark = counts && row.holds ? (row.holds(counts) ? ' ✔' : ' ✘') : ''
    return `| ${cell(row.label)} | ${cell(value)}${mark} |`
  })
  const claims = CLAIMS.map((claim) => {
    const proofs = claim.proofs
      .map((p) => `\`${p.file}\` › « ${p.test} » (${proofOutcome(p, results.tests)})`)
      .join(' ; ')
    return `- **${claim.title}** : ${claim.text(results)} ${claim.proofs.length > 1 ? 'Preuves' : 'Preuve'} : ${proofs}.`
  })
  return [
    BEGIN,
    '',
    `Promesse faite au secrétariat : une saisie confirmée n’est jamais perdue ni abîmée en silence, et rien d’extérieur à l’application ne peut atteindre le relevé et le plan. Chaque nombre ci-dessous vient de la dernière exécution de \`npm run test:faults\` (${date}, ${size}), enregistrée dans \`docs/fiabilite.json\` ; le script réécrit cette section à partir de ce fichier. \`npm test\` joue les mêmes épreuves en taille réduite. ✔ : la condition de l’épreuve tient ; ✘ : elle ne tient pas.`,
    '',
    '| Épreuve | Résultat |',
    '|---|---|',
    ...rows,
    '',
    ...claims,
    '',
    ...channelTable(results.files['fuzz-api']),
    ...(results.files['fuzz-api']?.byChannel ? [''] : []),
    END,
  ].join('\n')
}

/** The README with its section replaced; throws when the markers are missing. */
export function replaceSection(readme: string, section: string): string {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error('README.md: the « Fiabilité » markers are missing')
  return readme.slice(0, start) + section + readme.slice(end + END.length)
}

/** The README's current section, markers included, or undefined. */
export function currentSection(readme: string): string | undefined {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  return start < 0 || end < start ? undefined : readme.slice(start, end + END.length)
}
