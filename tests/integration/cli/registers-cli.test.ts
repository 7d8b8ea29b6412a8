import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { copil } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

interface DecisionJson {
  number: string
  meeting: { id: number; date: string }
  summary: string
  status: string
}
interface ActionJson {
  id: number
  text: string
  status: string
  overdue: boolean
  due: string
  meeting: { id: number }
}

describe('copil decisions and copil actions', () => {
  it('lists the example meeting’s decisions with their numbers and its next steps, as JSON and as a French table', () => {
    const file = join(tempDir(), 'copil.sqlite')
    expect(copil('demo', '--db', file).code).toBe(0)

    const decisions = copil('decisions', '--db', file, '--json')
    expect(decisions.code, decisions.stderr).toBe(0)
    const register = JSON.parse(decisions.stdout) as { total: number; decisions: DecisionJson[] }
    expect(register.total).toBe(register.decisions.length)
    expect(register.decisions.length).toBeGreaterThan(0)
    expect(register.decisions.map((d) => d.number)).toEqual(
      register.decisions.map((_, i) => `D-2020-${String(i + 1).padStart(3, '0')}`),
    )
    expect(register.decisions.every((d) => d.meeting.date === '2020-07-15' && d.status === 'a_mettre_en_oeuvre')).toBe(
      true,
    )
    expect(register.decisions.some((d) => d.summary.includes('la période de confinement'))).toBe(true)

    const actions = copil('actions', '--db', file, '--json')
    expect(actions.code, actions.stderr).toBe(0)
    const followUp = JSON.parse(actions.stdout) as { total: number; openCount: number; actions: ActionJson[] }
    expect(followUp.total).toBeGreaterThan(0)
    expect(followUp.actions.map((a) => a.text)).toContain('Planification des webinaires')
    expect(followUp.actions.find((a) => a.text === 'Planification des webinaires')).toMatchObject({
      status: 'a_faire',
      due: '11 septembre 2020',
    })

    const table = copil('decisions', '--db', file)
    expect(table.stdout).toMatch(/^Registre des décisions — \d+ décisions?\n/u)
    expect(table.stdout).toContain('D-2020-001   mercredi 15 juillet 2020')
    expect(copil('actions', '--db', file, '--open').stdout).toContain(
      '[À faire — En retard] Planification des webinaires',
    )
  })

  it('refuses an unknown status or a wrong date in French, with exit code 1', () => {
    const file = join(tempDir(), 'copil.sqlite')
    expect(copil('demo', '--db', file).code).toBe(0)
    const status = copil('decisions', '--db', file, '--status', 'oubliee')
    expect(status.code).toBe(1)
    expect(status.stderr).toContain('Statut inconnu pour --status : « oubliee »')
    const date = copil('decisions', '--db', file, '--from', '2020-02-30')
    expect(date.code).toBe(1)
    expect(date.stderr).toContain('Date invalide pour --from')
  })
})
