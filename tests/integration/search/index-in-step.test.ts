import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../main/db/connection'
import { search } from '../../../main/services/search/search'
import type { SearchKind } from '../../../shared/domain/search'
import { tempDir } from '../../helpers/temp'

const doc = (text: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

function open(): Db {
  return openDatabase(join(tempDir(), 'copil.sqlite'))
}

/** Ids found for `query`, per kind. */
function found(db: Db, query: string): Partial<Record<SearchKind, number[]>> {
  const out: Partial<Record<SearchKind, number[]>> = {}
  for (const g of search(db, query, { perKind: 50 }).groups) out[g.kind] = g.hits.map((h) => h.id).sort()
  return out
}

function seed(db: Db) {
  const org = Number(
    db
      .prepare(
        "INSERT INTO organisations (name, name_key, acronym, side) VALUES ('Ministère de l’Économie', 'x', 'MEF', 'administration')",
      )
      .run().lastInsertRowid,
  )
  const committee = Number(
    db.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid,
  )
  const meeting = Number(
    db
      .prepare(
        "INSERT INTO meetings (committee_id, title, place, first_date) VALUES (?, 'Réunion plénière', 'Rabat', '2020-07-15')",
      )
      .run(committee).lastInsertRowid,
  )
  return { org, committee, meeting }
}

describe('the search index follows every write, in the same transaction', () => {
  it('indexes, re-indexes and forgets meetings (title, place) and their introduction', () => {
    const db = open()
    const { meeting } = seed(db)
    expect(found(db, 'pleniere')).toEqual({ meeting: [meeting] })
    expect(found(db, 'rabat')).toEqual({ meeting: [meeting] })
    db.prepare("UPDATE meetings SET title = 'Réunion extraordinaire', place = 'Tanger' WHERE id = ?").run(meeting)
    expect(found(db, 'pleniere')).toEqual({})
    expect(found(db, 'tanger extra')).toEqual({ meeting: [meeting] })
    expect(found(db, 'confinement')).toEqual({})
    db.prepare('UPDATE meetings SET introduction = ? WHERE id = ?').run(doc('Après la période de confinement'), meeting)
    expect(found(db, 'confinement')).toEqual({ introduction: [meeting] })
    db.prepare('UPDATE meetings SET introduction = ? WHERE id = ?').run(doc('Ouverture'), meeting)
    expect(found(db, 'confinement')).toEqual({})
    db.prepare('DELETE FROM meetings WHERE id = ?').run(meeting)
    expect(found(db, 'tanger')).toEqual({})
    expect(found(db, 'ouverture')).toEqual({})
    db.close()
  })

  it('indexes agenda items (title and discussion), decisions and next steps, and forgets them with their meeting', () => {
    const db = open()
    const { meeting } = seed(db)
    const item = Number(
      db
        .prepare('INSERT INTO agenda_items (meeting_id, position, title, discussion) VALUES (?, 1, ?, ?)')
        .run(meeting, 'Budget participatif', doc('Le comité a débattu du calendrier')).lastInsertRowid,
    )
    const decision = Number(
      db
        .prepare(
          "INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Reporter la période de confinement')",
        )
        .run(meeting).lastInsertRowid,
    )
    const step = Number(
      db
        .prepare(
          'INSERT INTO next_steps (meeting_id, position, text, details, responsible_text) VALUES (?, 1, ?, ?, ?)',
        )
        .run(meeting, 'Envoyer le relevé', doc('Avant la fin du mois'), 'Secrétariat').lastInsertRowid,
    )
    expect(found(db, 'budget')).toEqual({ discussion: [item] })
    expect(found(db, 'calendrier')).toEqual({ discussion: [item] })
    expect(found(db, 'periode de confinement')).toEqual({ decision: [decision] })
    expect(found(db, 'secretariat')).toEqual({ action: [step] })
    expect(found(db, 'mois')).toEqual({ action: [step] })

    db.prepare('UPDATE agenda_items SET discussion = ? WHERE id = ?').run(doc('Un autre sujet'), item)
    db.prepare("UPDATE decisions SET text = 'Adopter le plan' WHERE id = ?").run(decision)
    db.prepare("UPDATE next_steps SET details = ?, responsible_text = 'Trésorerie générale' WHERE id = ?").run(
      doc(''),
      step,
    )
    expect(found(db, 'calendrier')).toEqual({})
    expect(found(db, 'sujet')).toEqual({ discussion: [item] })
    expect(found(db, 'confinement')).toEqual({})
    expect(found(db, 'adopter')).toEqual({ decision: [decision] })
    expect(found(db, 'mois')).toEqual({})
    expect(found(db, 'tresorerie')).toEqual({ action: [step] })

    db.prepare('DELETE FROM decisions WHERE id = ?').run(decision)
    expect(found(db, 'adopter')).toEqual({})
    // Deleting the meeting takes its agenda, decisions and next steps out of the index too.
    db.prepare('DELETE FROM meetings WHERE id = ?').run(meeting)
    expect(found(db, 'sujet')).toEqual({})
    expect(found(db, 'envoyer')).toEqual({})
    expect(db.prepare('SELECT count(*) FROM search_index').pluck().get()).toBe(1) // the organisation
    db.close()
  })

  it('indexes people, organisations, engagements and activities', () => {
    const db = open()
    const { org } = seed(db)
    const person = Number(
      db
        .prepare(
          "INSERT INTO people (civility, first_name, last_name, name_key, function, email) VALUES ('Mme', 'فاطِمة', 'الزَّهراء', 'x', 'Chargée de mission', 'f@exemple.ma')",
        )
        .run().lastInsertRowid,
    )
    expect(found(db, 'فاطمة')).toEqual({ person: [person] })
    expect(found(db, 'chargee')).toEqual({ person: [person] })
    expect(found(db, 'economie')).toEqual({ organisation: [org] })
    expect(found(db, 'mef')).toEqual({ organisation: [org] })
    db.prepare("UPDATE people SET function = 'Directrice' WHERE id = ?").run(person)
    db.prepare("UPDATE organisations SET acronym = 'MEFRA' WHERE id = ?").run(org)
    expect(found(db, 'chargee')).toEqual({})
    expect(found(db, 'directrice')).toEqual({ person: [person] })
    expect(found(db, 'mefra')).toEqual({ organisation: [org] })
    db.prepare('DELETE FROM people WHERE id = ?').run(person)
    expect(found(db, 'directrice')).toEqual({})

    const plan = Number(db.prepare("INSERT INTO plans (title) VALUES ('Plan 2021-2023')").run().lastInsertRowid)
    const axis = Number(
      db.prepare("INSERT INTO axes (plan_id, position, title) VALUES (?, 1, 'Axe')").run(plan).lastInsertRowid,
    )
    const engagement = Number(
      db
        .prepare(
          "INSERT INTO engagements (plan_id, axis_id, number, title, project_lead) VALUES (?, ?, 3, 'Accès à l’information', 'Mme Alami')",
        )
        .run(plan, axis).lastInsertRowid,
    )
    const activity = Number(
      db
        .prepare("INSERT INTO activities (engagement_id, number, title) VALUES (?, 1, 'Former les référents')")
        .run(engagement).lastInsertRowid,
    )
    expect(found(db, 'acces information')).toEqual({ engagement: [engagement] })
    expect(found(db, 'alami')).toEqual({ engagement: [engagement] })
    expect(found(db, 'referents')).toEqual({ activity: [activity] })
    db.prepare("UPDATE activities SET title = 'Publier le rapport' WHERE id = ?").run(activity)
    db.prepare("UPDATE engagements SET title = 'Transparence budgétaire' WHERE id = ?").run(engagement)
    expect(found(db, 'referents information')).toEqual({})
    expect(found(db, 'rapport')).toEqual({ activity: [activity] })
    expect(found(db, 'budgetaire')).toEqual({ engagement: [engagement] })
    db.prepare('DELETE FROM plans WHERE id = ?').run(plan)
    expect(found(db, 'rapport budgetaire')).toEqual({})
    db.close()
  })

  it('writes nothing to the index when the write is rolled back', () => {
    const db = open()
    const { meeting } = seed(db)
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Décision annulée')").run(meeting)
        throw new Error('refused')
      })(),
    ).toThrow('refused')
    expect(found(db, 'annulee')).toEqual({})
    db.close()
  })

  it('does not re-index a row whose indexed columns did not change', () => {
    const db = open()
    const { meeting } = seed(db)
    const before = db.prepare('SELECT rowid, plain, folded FROM search_index ORDER BY rowid').all()
    db.prepare("UPDATE meetings SET title = 'Réunion plénière', notes = 'x' WHERE id = ?").run(meeting)
    expect(db.prepare('SELECT rowid, plain, folded FROM search_index ORDER BY rowid').all()).toEqual(before)
    db.close()
  })
})
