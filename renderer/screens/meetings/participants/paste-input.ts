/** The `participants/addPasted` payload built from the preview's rows and the user's choices. */
import type { ChannelInput } from '../../../../shared/api/contract'
import type { PasteRow } from '../../../../shared/participants/paste-match'
import type { Civility, Side } from '../../../../shared/domain/vocabulary'
import { foldText } from '../../../../shared/text/fold'

type Payload = Pick<ChannelInput<'participants/addPasted'>, 'organisations' | 'people'>

export function buildPastedInput(
  rows: readonly PasteRow[],
  listed: ReadonlySet<number>,
  choose: { civility: (row: PasteRow, index: number) => Civility | null; side: (row: PasteRow) => Side },
): Required<Payload> {
  const organisations: { name: string; acronym: string; side: Side }[] = []
  const indexOf = new Map<string, number>()
  const people: Required<Payload>['people'] = []
  rows.forEach((row, index) => {
    const fn = row.read.function
    if (row.personId !== null) {
      if (!listed.has(row.personId)) people.push({ personId: row.personId, function: fn })
      return
    }
    const org = row.organisation
    let organisation: { organisationId: number | null; newOrganisation?: number } = { organisationId: null }
    if (org.kind === 'existing') organisation = { organisationId: org.id }
    if (org.kind === 'new') {
      const key = foldText(org.name)
      let at = indexOf.get(key)
      if (at === undefined) {
        at = organisations.push({ name: org.name, acronym: org.acronym, side: choose.side(row) }) - 1
        indexOf.set(key, at)
      }
      organisation = { organisationId: null, newOrganisation: at }
    }
    const civility = choose.civility(row, index)
    people.push({
      ...(civility ? { civility } : {}),
      firstName: row.read.firstName,
      lastName: row.read.lastName,
      function: fn,
      ...organisation,
    })
  })
  return { organisations, people }
}
