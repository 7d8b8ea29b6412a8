import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { findDuplicates } from '../../../main/db/repos/directory/people'
import { tempDir } from '../../helpers/temp'

describe('migration 0010 — folded keys with Arabic folding and one apostrophe', () => {
  it('writes the keys again so that older Arabic names are found, and keeps organisations that would clash', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v9 = new Database(file)
    migrate(v9, MIGRATIONS.slice(0, 9))
    // Keys as version 9 folded them: tatweel, alef wasla, alef maqsura and ’ kept.
    const org = v9.prepare('INSERT INTO organisations (name, name_key, side) VALUES (?, ?, ?)')
    const a = org.run('جمعيـة الأمل', 'جمعيـة الامل', 'societe_civile').lastInsertRowid
    const b = org.run('جمعية الأمل', 'جمعية الامل', 'societe_civile').lastInsertRowid
    const c = org.run('L’Espace', 'l’espace', 'societe_civile').lastInsertRowid
    const person = v9.prepare(
      "INSERT INTO people (civility, first_name, last_name, name_key, organisation_id) VALUES ('M.', ?, ?, ?, ?)",
    )
    const p = person.run('مصطفى', 'العلوي', 'مصطفى العلوي', b).lastInsertRowid
    person.run('Hélène', 'Dupont', 'helene dupont', c)
    const committee = v9.prepare("INSERT INTO committees (name, name_key) VALUES ('اللجنة', 'اللجنة')").run()
    v9.prepare("INSERT INTO meetings (committee_id, title) VALUES (?, 'اجتماع ٱلتنسيق')").run(committee.lastInsertRowid)
    v9.prepare("UPDATE meetings SET title_key = 'اجتماع ٱلتنسيق'").run()
    v9.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const keys = db.prepare('SELECT id, name_key FROM organisations ORDER BY id').all()
    // The first would now clash with the second: it keeps its old key, both stay.
    expect(keys).toEqual([
      { id: Number(a), name_key: 'جمعيـة الامل' },
      { id: Number(b), name_key: 'جمعية الامل' },
      { id: Number(c), name_key: "l'espace" },
    ])
    expect(db.prepare('SELECT name_key FROM people ORDER BY id').pluck().all()).toEqual([
      'مصطفي العلوي',
      'helene dupont',
    ])
    expect(db.prepare('SELECT title_key FROM meetings').pluck().get()).toBe('اجتماع التنسيق')
    const found = findDuplicates(db, { firstName: 'مُصْطَفي', lastName: 'العلوي', organisationId: Number(b) })
    expect(found.map((d) => d.id)).toEqual([Number(p)])
    db.close()
  })
})
