/**
 * Every edit the meeting editor makes: it updates the model at once (the screen never waits) and
 * hands the save to the autosave store — debounced for typing, immediate for clicks. Creations and
 * deletions need the server's answer and run at once, shown in the same save indicator.
 */
import type {
  AgendaItem,
  AttendanceEntry,
  Decision,
  Meeting,
  MeetingHeader,
  NextStep,
} from '../../../../shared/domain/meetings'
import type { ChannelInput } from '../../../../shared/api/contract'
import type { Person } from '../../../../shared/domain/directory'
import type { AttendanceStatus, DecisionStyle, DocumentLanguage } from '../../../../shared/domain/vocabulary'
import { emptyRichDoc } from '../../../../shared/domain/rich-text'
import { api } from '../../../api/client'
import type { AutosaveStore } from '../../../components/autosave-store'
import { saveOp } from '../../../components/use-autosave'
import { orderByIds, replaceById, type MeetingModel } from './meeting-model'
import { todayIso } from '../meeting-text'
import { defaultAddedStatus } from '../../../../shared/meetings/added-status'
import { agendaInput, attendanceInput, decisionInput, headerInput, introductionInput, nextStepInput } from './payloads'
import type { RichDoc } from '../../../../shared/domain/rich-text'

/** Keys of the autosave store, one per field group or item. */
export const saveKeys = {
  header: 'header',
  introduction: 'introduction',
  attendance: (personId: number) => `attendance:${personId}`,
  agenda: (id: number) => `agenda:${id}`,
  agendaOrder: 'agenda:order',
  decision: (id: number) => `decision:${id}`,
  decisionOrder: 'decision:order',
  decisionStyle: 'decision:style',
  language: 'language',
  nextStep: (id: number) => `nextStep:${id}`,
  nextStepOrder: 'nextStep:order',
} as const

export class MeetingActions {
  constructor(
    readonly model: MeetingModel,
    readonly store: AutosaveStore,
  ) {}

  private get m(): Meeting {
    return this.model.current
  }

  updateHeader(patch: Partial<MeetingHeader>, options: { immediate?: boolean } = {}): void {
    const next = this.model.update((m) => ({ ...m, ...patch }))
    this.store.schedule(
      saveKeys.header,
      saveOp('meetings/saveHeader', headerInput(next)),
      options.immediate ? { delayMs: 0 } : {},
    )
  }

  /** Types the introduction printed before « Points discutés » (saved debounced, like a discussion). */
  updateIntroduction(introduction: RichDoc): void {
    const next = this.model.update((m) => ({ ...m, introduction }))
    this.store.schedule(saveKeys.introduction, saveOp('meetings/saveIntroduction', introductionInput(next)))
  }

  /** Marks a person; « représenté » is saved once the representative's name is given. */
  setAttendance(
    personId: number,
    status: AttendanceStatus,
    representedBy?: string,
    options: { typing?: boolean } = {},
  ): void {
    const next = this.model.update((m) => ({
      ...m,
      attendance: m.attendance.map((e) =>
        e.personId === personId ? { ...e, status, representedBy: representedBy ?? e.representedBy } : e,
      ),
    }))
    const entry = next.attendance.find((e) => e.personId === personId)
    if (!entry || (entry.status === 'represente' && entry.representedBy.trim() === '')) return
    this.store.schedule(
      saveKeys.attendance(personId),
      saveOp('attendance/set', attendanceInput(next.id, entry)),
      options.typing ? {} : { delayMs: 0 },
    )
  }

  /** Types the person's function at this meeting (saved with their attendance, debounced). */
  setAttendanceFunction(personId: number, value: string): void {
    const next = this.model.update((m) => ({
      ...m,
      attendance: m.attendance.map((e) => (e.personId === personId ? { ...e, function: value } : e)),
    }))
    const entry = next.attendance.find((e) => e.personId === personId)
    // A « représenté » without its representative cannot be saved yet; the function goes with the name.
    if (!entry || (entry.status === 'represente' && entry.representedBy.trim() === '')) return
    this.store.schedule(saveKeys.attendance(personId), saveOp('attendance/set', attendanceInput(next.id, entry)))
  }

  /**
   * Adds a person from the directory to the list. At a meeting held today or already held, the
   * person added was there: « présent »; at a meeting to come, « invité ».
   */
  async addAttendee(person: Person, status: AttendanceStatus = defaultAddedStatus(this.m.dates, todayIso())): Promise<void> {
    const meetingId = this.m.id
    await this.store.track(api.attendance.set({ meetingId, personId: person.id, status, representedBy: '' }))
    const entry: AttendanceEntry = {
      personId: person.id,
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      function: person.function.trim() || null,
      status,
      representedBy: '',
      organisationId: person.organisationId,
      organisationName: person.organisationName,
      side: person.side,
      member: false,
    }
    this.model.update((m) =>
      m.attendance.some((e) => e.personId === person.id) ? m : { ...m, attendance: [...m.attendance, entry] },
    )
  }

  /** Adds a pasted list (new organisations and people created by main in one transaction). */
  async addPasted(input: ChannelInput<'participants/addPasted'>): Promise<void> {
    const meeting = await this.store.track(api.participants.addPasted(input))
    this.model.update((m) => ({ ...m, attendance: meeting.attendance }))
  }

  async removeAttendee(personId: number): Promise<void> {
    this.store.cancel(saveKeys.attendance(personId))
    await this.store.track(api.attendance.remove({ meetingId: this.m.id, personId }))
    this.model.update((m) => ({ ...m, attendance: m.attendance.filter((e) => e.personId !== personId) }))
  }

  async addAgendaItem(): Promise<AgendaItem> {
    const item = await this.store.track(
      api.agenda.save({ meetingId: this.m.id, title: '', presenter: '', standing: false, discussion: emptyRichDoc() }),
    )
    this.model.update((m) => ({ ...m, agenda: [...m.agenda, item] }))
    return item
  }

  updateAgendaItem(id: number, patch: Partial<Omit<AgendaItem, 'id'>>): void {
    const next = this.model.update((m) => ({ ...m, agenda: replaceById(m.agenda, id, (x) => ({ ...x, ...patch })) }))
    const item = next.agenda.find((x) => x.id === id)
    if (item) this.store.schedule(saveKeys.agenda(id), saveOp('agenda/save', agendaInput(next.id, item)))
  }

  async deleteAgendaItem(id: number): Promise<void> {
    this.store.cancel(saveKeys.agenda(id))
    await this.store.track(api.agenda.delete({ id }))
    // The database detaches the item's decisions (ON DELETE SET NULL); mirror it.
    this.model.update((m) => ({
      ...m,
      agenda: orderByIds(
        m.agenda.filter((x) => x.id !== id),
        m.agenda.filter((x) => x.id !== id).map((x) => x.id),
      ),
      decisions: m.decisions.map((d) => (d.agendaItemId === id ? { ...d, agendaItemId: null } : d)),
    }))
  }

  reorderAgenda(ids: number[]): void {
    const next = this.model.update((m) => ({ ...m, agenda: orderByIds(m.agenda, ids) }))
    this.store.schedule(saveKeys.agendaOrder, saveOp('agenda/reorder', { meetingId: next.id, ids }), { delayMs: 0 })
  }

  async addDecision(agendaItemId: number | null): Promise<Decision> {
    const decision = await this.store.track(
      api.decisions.save({ meetingId: this.m.id, agendaItemId, body: emptyRichDoc(), note: false }),
    )
    this.model.update((m) => ({ ...m, decisions: [...m.decisions, decision] }))
    return decision
  }

  updateDecision(id: number, patch: Partial<Omit<Decision, 'id'>>): void {
    const next = this.model.update((m) => ({
      ...m,
      decisions: replaceById(m.decisions, id, (x) => ({ ...x, ...patch })),
    }))
    const d = next.decisions.find((x) => x.id === id)
    if (d)
      this.store.schedule(
        saveKeys.decision(id),
        saveOp('decisions/save', decisionInput(next.id, d)),
        // Typing is debounced; a change of item or of « NB » is saved at once.
        patch.body === undefined ? { delayMs: 0 } : {},
      )
  }

  async deleteDecision(id: number): Promise<void> {
    this.store.cancel(saveKeys.decision(id))
    await this.store.track(api.decisions.delete({ id }))
    this.model.update((m) => {
      const rest = m.decisions.filter((x) => x.id !== id)
      return {
        ...m,
        decisions: orderByIds(
          rest,
          rest.map((x) => x.id),
        ),
      }
    })
  }

  reorderDecisions(ids: number[]): void {
    const next = this.model.update((m) => ({ ...m, decisions: orderByIds(m.decisions, ids) }))
    this.store.schedule(saveKeys.decisionOrder, saveOp('decisions/reorder', { meetingId: next.id, ids }), {
      delayMs: 0,
    })
  }

  /** Numbers the decisions (« 1. ») or bullets them. */
  setDecisionStyle(style: DecisionStyle): void {
    const next = this.model.update((m) => ({ ...m, decisionStyle: style }))
    this.store.schedule(saveKeys.decisionStyle, saveOp('meetings/setDecisionStyle', { id: next.id, style }), {
      delayMs: 0,
    })
  }

  /** Writes the relevé in French or in Arabic (labels, dates, direction of the documents). */
  setLanguage(language: DocumentLanguage): void {
    const next = this.model.update((m) => ({ ...m, language }))
    this.store.schedule(saveKeys.language, saveOp('meetings/setLanguage', { id: next.id, language }), { delayMs: 0 })
  }

  async addNextStep(): Promise<NextStep> {
    const step = await this.store.track(
      api.nextSteps.save({
        meetingId: this.m.id,
        text: '',
        responsiblePersonId: null,
        responsibleOrganisationId: null,
        responsibleText: '',
        dueText: '',
        status: 'a_faire',
        details: emptyRichDoc(),
      }),
    )
    this.model.update((m) => ({ ...m, nextSteps: [...m.nextSteps, step] }))
    return step
  }

  updateNextStep(id: number, patch: Partial<Omit<NextStep, 'id'>>, options: { immediate?: boolean } = {}): void {
    const next = this.model.update((m) => ({
      ...m,
      nextSteps: replaceById(m.nextSteps, id, (x) => ({ ...x, ...patch })),
    }))
    const s = next.nextSteps.find((x) => x.id === id)
    if (s)
      this.store.schedule(
        saveKeys.nextStep(id),
        saveOp('nextSteps/save', nextStepInput(next.id, s)),
        options.immediate ? { delayMs: 0 } : {},
      )
  }

  async deleteNextStep(id: number): Promise<void> {
    this.store.cancel(saveKeys.nextStep(id))
    await this.store.track(api.nextSteps.delete({ id }))
    this.model.update((m) => {
      const rest = m.nextSteps.filter((x) => x.id !== id)
      return {
        ...m,
        nextSteps: orderByIds(
          rest,
          rest.map((x) => x.id),
        ),
      }
    })
  }

  reorderNextSteps(ids: number[]): void {
    const next = this.model.update((m) => ({ ...m, nextSteps: orderByIds(m.nextSteps, ids) }))
    this.store.schedule(saveKeys.nextStepOrder, saveOp('nextSteps/reorder', { meetingId: next.id, ids }), {
      delayMs: 0,
    })
  }
}
