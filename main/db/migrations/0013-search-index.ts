/**
 * The search index (« Rechercher », Ctrl+K, `copil search`): one SQLite FTS5 table holding, for
 * every meeting (title, place), introduction, discussion (agenda item title and text), decision,
 * next step (text, details, who), person, organisation, engagement and activity, its plain text as
 * written (`plain`, to show) and folded (`folded`, the only column searched; see
 * shared/text/fold.ts: accents, case, Arabic harakat, tatweel, alef forms, alef maqsura).
 *
 * The row id says what a row is: id × 16 + kind (SEARCH_KIND_CODES in shared/domain/search.ts).
 * Words are searched as prefixes while the user types: the one- and two-letter prefix indexes keep
 * « d », « co »… from merging the lists of thousands of words at each key.
 * Triggers keep the index in step with every write, in the writer's transaction, whatever the
 * write path (app, command line, import, restore of a deleted row); they call fold(), rich_plain()
 * and search_join(), which every Copil connection registers (main/db/functions.ts). `LIMIT`
 * keeps SQLite from inlining the subquery, which would compute the plain text three times.
 */

interface IndexedTable {
  /** Trigger name stem. */
  name: string
  table: string
  code: number
  /** Columns whose change re-indexes the row. */
  columns: readonly string[]
  /** The plain text, with « $. » standing for the row (NEW. in triggers, nothing when filling). */
  text: string
}

const TABLES: readonly IndexedTable[] = [
  { name: 'meeting', table: 'meetings', code: 1, columns: ['title', 'place'], text: 'search_join($.title, $.place)' },
  { name: 'introduction', table: 'meetings', code: 2, columns: ['introduction'], text: 'rich_plain($.introduction)' },
  {
    name: 'discussion',
    table: 'agenda_items',
    code: 3,
    columns: ['title', 'discussion'],
    text: 'search_join($.title, rich_plain($.discussion))',
  },
  { name: 'decision', table: 'decisions', code: 4, columns: ['text'], text: '$.text' },
  {
    name: 'action',
    table: 'next_steps',
    code: 5,
    columns: ['text', 'details', 'responsible_text'],
    text: 'search_join($.text, rich_plain($.details), $.responsible_text)',
  },
  {
    name: 'person',
    table: 'people',
    code: 6,
    columns: ['first_name', 'last_name', 'function', 'email'],
    text: "search_join(trim($.first_name || ' ' || $.last_name), $.function, $.email)",
  },
  {
    name: 'organisation',
    table: 'organisations',
    code: 7,
    columns: ['name', 'acronym'],
    text: 'search_join($.name, $.acronym)',
  },
  {
    name: 'engagement',
    table: 'engagements',
    code: 8,
    columns: ['title', 'responsible_text', 'project_lead'],
    text: 'search_join($.title, $.responsible_text, $.project_lead)',
  },
  { name: 'activity', table: 'activities', code: 9, columns: ['title'], text: '$.title' },
]

const row = (t: IndexedTable, prefix: string) => t.text.replaceAll('$.', prefix)

function triggers(t: IndexedTable): string {
  const insert = `INSERT INTO search_index (rowid, plain, folded)
    SELECT NEW.id * 16 + ${t.code}, p, fold(p) FROM (SELECT ${row(t, 'NEW.')} AS p LIMIT 1) WHERE p <> '';`
  const changed = t.columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')
  return `
CREATE TRIGGER search_${t.name}_insert AFTER INSERT ON ${t.table} BEGIN
  ${insert}
END;
CREATE TRIGGER search_${t.name}_update AFTER UPDATE OF ${t.columns.join(', ')} ON ${t.table} WHEN ${changed} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${t.code};
  ${insert}
END;
CREATE TRIGGER search_${t.name}_delete AFTER DELETE ON ${t.table} BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + ${t.code};
END;`
}

/** Indexes every row already in the database (the migration, and the bench's build-time measure). */
export const FILL_SEARCH_INDEX = TABLES.map(
  (t) => `INSERT INTO search_index (rowid, plain, folded)
  SELECT id * 16 + ${t.code}, p, fold(p) FROM (SELECT id, ${row(t, '')} AS p FROM ${t.table} LIMIT -1) WHERE p <> '';`,
).join('\n')

export default /* sql */ `
CREATE VIRTUAL TABLE search_index USING fts5(
  plain UNINDEXED,
  folded,
  prefix = '1 2',
  tokenize = 'unicode61 remove_diacritics 0'
);
${TABLES.map(triggers).join('\n')}
${FILL_SEARCH_INDEX}
`
