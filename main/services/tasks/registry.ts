/**
 * The long tasks in progress in this process (exports, backups, imports), which `tasks/progress`
 * lists for the page: a task is added when it starts, moves through its stages, and is removed
 * when it ends, whatever the outcome.
 */
import type { ReleveFormat } from '../../../shared/domain/files'
import type { TaskKind, TaskProgress, TaskStage } from '../../../shared/domain/tasks'

const running = new Map<number, TaskProgress>()
let nextId = 1

/** What a task reports while it runs. */
export interface TaskHandle {
  stage(stage: TaskStage): void
  pages(pages: number): void
  items(done: number, total: number): void
}

interface Subject {
  meetingId?: number
  planId?: number
  format?: ReleveFormat
}

/** Runs `work` as a listed task: visible from its first stage until it settles. */
export async function asTask<T>(kind: TaskKind, subject: Subject, work: (task: TaskHandle) => Promise<T>): Promise<T> {
  const id = nextId++
  const entry: TaskProgress = {
    id,
    kind,
    meetingId: subject.meetingId ?? null,
    planId: subject.planId ?? null,
    format: subject.format ?? null,
    stage: 'preparing',
    pages: null,
    items: null,
  }
  running.set(id, entry)
  try {
    return await work({
      stage: (stage) => {
        entry.stage = stage
      },
      pages: (pages) => {
        entry.pages = pages
      },
      items: (done, total) => {
        entry.items = { done, total }
      },
    })
  } finally {
    running.delete(id)
  }
}

/** The tasks in progress, oldest first (copies: the caller cannot change them). */
export function tasksInProgress(): TaskProgress[] {
  return [...running.values()].map((task) => ({ ...task, items: task.items ? { ...task.items } : null }))
}
