import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { search } from '../../../main/services/search/search'
import { tempDir } from '../../helpers/temp'

const doc = (text: string) =>
  JSON.stringify({
    type: 'doc',
    content: [
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }],
      },
    ],
  })

describe('migration 0013 — the search index', () => {
  it('indexes every text already written, folded, and keeps following later writes', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v12 = new Database(file)
    migrate(v12, MIGRATIONS.slice(0, 12))
    const org = v12
      .prepare(
        "INSERT INTO organisations (name, name_key, acronym, side) VALUES ('Transparency Maroc', 'transparency maroc', 'TM', 'societe_civile')",
      )
      .run().lastInsertRowid
    v12
      .prepare(
        "INSERT INTO people (civility, first_name, last_name, name_key, function, organisation_id) VALUES ('Mme', 'Hélène', 'Zéroual', 'helene zeroual', 'Coordinatrice', ?)",
      )
      .run(org)
    const committee = v12
      .prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')")
      .run().lastInsertRowid
    const meeting = v12
      .prepare(
        "INSERT INTO meetings (committee_id, title, place, first_date, introduction) VALUES (?, 'Réunion du COPIL', 'Salle Atlas', '2020-07-15', ?)",
      )
      .run(committee, doc('Mot d’accueil du président')).lastInsertRowid
    v12
      .prepare('INSERT INTO agenda_items (meeting_id, position, title, discussion) VALUES (?, 1, ?, ?)')
      .run(meeting, 'Bilan', doc('Échanges sur l’état d’avancement'))
    v12
      .prepare(
        "INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Rattraper le retard accumulé pendant la période de confinement.')",
      )
      .run(meeting)
    v12
      .prepare("INSERT INTO next_steps (meeting_id, position, text, details) VALUES (?, 1, 'Diffuser le relevé', ?)")
      .run(meeting, doc('aux membres'))
    const plan = v12.prepare("INSERT INTO plans (title) VALUES ('Plan d’action')").run().lastInsertRowid
    const axis = v12
      .prepare("INSERT INTO axes (plan_id, position, title) VALUES (?, 1, 'Axe 1')")
      .run(plan).lastInsertRowid
    const engagement = v12
      .prepare("INSERT INTO engagements (plan_id, axis_id, number, title) VALUES (?, ?, 7, 'Justice ouverte')")
      .run(plan, axis).lastInsertRowid
    v12
      .prepare(
        "INSERT INTO activities (engagement_id, number, title) VALUES (?, 1, 'Publier les décisions de justice')",
      )
      .run(engagement)
    v12.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const kinds = (query: string) => search(db, query).groups.map((g) => g.kind)
    expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(9)
    expect(kinds('periode de confinement')).toEqual(['decision'])
    expect(kinds('etat d avancement')).toEqual(['discussion'])
    expect(kinds('accueil')).toEqual(['introduction'])
    expect(kinds('membres')).toEqual(['action'])
    expect(kinds('atlas')).toEqual(['meeting'])
    expect(kinds('justice')).toEqual(['engagement', 'activity'])
    expect(kinds('helene coordinatrice')).toEqual(['person'])
    expect(kinds('transparency')).toEqual(['organisation'])
    // The plain text is kept as written, for the snippets: accents and the list's bullet.
    expect(db.prepare('SELECT plain FROM search_index WHERE folded MATCH ?').pluck().get('accueil')).toBe(
      '• Mot d’accueil du président',
    )
    db.prepare("UPDATE decisions SET text = 'Adopter le relevé.'").run()
    expect(kinds('confinement')).toEqual([])
    db.close()
  })
})
