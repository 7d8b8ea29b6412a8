import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, MapPin, Pencil, Scale, Trash2, UserPlus } from 'lucide-react'
import type { Membership } from '../../../../shared/domain/directory'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { ConfirmDialog } from '../parts/ConfirmDialog'
import { personName, todayIso } from '../parts/format'
import { LoadError } from '../parts/LoadState'
import { useLoader } from '../parts/use-loader'
import { CommitteeDialog } from './CommitteeDialog'
import { MembershipDialog } from './MembershipDialog'
import { MembersTable } from './MembersTable'
import { MemberStats } from './MemberStats'
import { countMembers, isCurrent, sortMembers } from './members'
import { describeQuorum } from './quorum'

type Open =
  | { kind: 'member'; membership: Membership | null }
  | { kind: 'remove'; membership: Membership }
  | { kind: 'edit' }
  | { kind: 'delete' }
  | null

/** One committee: its rule, its members with their role and mandate, and the balance of the current members. */
export function CommitteePage({ id }: { id: number }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const load = useCallback(() => api.committees.get({ id }), [id])
  const { data: committee, error, loading, reload } = useLoader(load)
  const today = todayIso()

  const members = useMemo(() => sortMembers(committee?.members ?? []), [committee])
  const counts = useMemo(() => countMembers(members.filter((m) => isCurrent(m, today))), [members, today])
  const memberIds = useMemo(() => new Set(members.map((m) => m.personId)), [members])

  const back = (
    <a className="back-link" href="#/directory/committees">
      <ArrowLeft size={15} aria-hidden />
      {t('directory.committees.back')}
    </a>
  )

  if (!committee) {
    return (
      <section className="dir-tab">
        {back}
        {loading ? <p className="muted">{t('directory.common.loading')}</p> : null}
        <LoadError error={error} onRetry={reload} />
      </section>
    )
  }

  return (
    <section className="dir-tab committee" aria-labelledby="committee-title">
      {back}
      <header className="committee__header">
        <div className="committee__identity">
          <h2 id="committee-title" className="committee__title">
            {committee.name}
            {committee.acronym ? <span className="committee__acronym">{committee.acronym}</span> : null}
          </h2>
          <p className="committee__meta">
            {committee.defaultPlace ? (
              <span>
                <MapPin size={14} aria-hidden /> {committee.defaultPlace}
              </span>
            ) : null}
            <span>
              <Scale size={14} aria-hidden /> {t('locale.labelValue', { label: t('directory.committees.quorum'), value: describeQuorum(t, committee.quorum) })}
            </span>
          </p>
        </div>
        <div className="committee__actions">
          <button type="button" className="btn" onClick={() => setOpen({ kind: 'edit' })}>
            <Pencil size={15} aria-hidden />
            {t('directory.committees.editCommittee')}
          </button>
          <button type="button" className="btn btn--quiet-danger" onClick={() => setOpen({ kind: 'delete' })}>
            <Trash2 size={15} aria-hidden />
            {t('directory.committees.deleteCommittee')}
          </button>
        </div>
      </header>

      <MemberStats counts={counts} />

      <div className="toolbar">
        <h3 className="toolbar__title">{t('directory.members.heading')}</h3>
        <span className="toolbar__count" aria-live="polite" data-testid="current-members">
          {t('directory.members.current', { count: counts.total })}
        </span>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => setOpen({ kind: 'member', membership: null })}
        >
          <UserPlus size={16} aria-hidden />
          {t('directory.members.add')}
        </button>
      </div>
      <LoadError error={error} onRetry={reload} />
      <MembersTable
        members={members}
        today={today}
        onEdit={(m) => setOpen({ kind: 'member', membership: m })}
        onRemove={(m) => setOpen({ kind: 'remove', membership: m })}
      />

      {open?.kind === 'member' ? (
        <MembershipDialog
          committeeId={committee.id}
          membership={open.membership}
          memberIds={memberIds}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null)
            reload()
          }}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title={t('directory.members.removeTitle')}
          message={t('directory.members.removeMessage', { name: personName(open.membership.person) })}
          confirmLabel={t('directory.members.removeConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.memberships.delete({ id: open.membership.id })
            setOpen(null)
            reload()
          }}
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <CommitteeDialog
          committee={committee}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null)
            reload()
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('directory.committees.deleteTitle')}
          message={t('directory.committees.deleteMessage', { name: committee.name })}
          confirmLabel={t('directory.committees.deleteConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.committees.delete({ id: committee.id })
            setOpen(null)
            navigate('directory/committees')
          }}
        />
      ) : null}
    </section>
  )
}
