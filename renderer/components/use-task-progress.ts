import { useEffect, useState } from 'react'
import type { TFunction } from 'i18next'
import { api } from '../api/client'
import type { TaskKind, TaskProgress } from '../../shared/domain/tasks'

/** How often the page asks where a running export stands (the request loop answers at once). */
const POLL_MS = 250

/** What the page waits for: the kind of task, and its meeting or plan and format. */
export interface TaskSubject {
  kind: TaskKind
  meetingId?: number
  planId?: number
  format?: string
}

function matches(task: TaskProgress, subject: TaskSubject): boolean {
  return (
    task.kind === subject.kind &&
    (subject.meetingId === undefined || task.meetingId === subject.meetingId) &&
    (subject.planId === undefined || task.planId === subject.planId) &&
    (subject.format === undefined || task.format === subject.format)
  )
}

/** While `subject` is given, the progress main reports for it (stage, pages laid out); undefined otherwise. */
export function useTaskProgress(subject: TaskSubject | undefined): TaskProgress | undefined {
  // Kept with the subject it answers, so that a new export never shows the last one's progress.
  const [progress, setProgress] = useState<{ key: string; task: TaskProgress | undefined }>({ key: '', task: undefined })
  const key = subject ? `${subject.kind}:${subject.meetingId ?? ''}:${subject.planId ?? ''}:${subject.format ?? ''}` : ''
  useEffect(() => {
    if (!subject) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      try {
        const tasks = await api.tasks.progress({})
        if (!stopped) setProgress({ key, task: tasks.find((task) => matches(task, subject)) })
      } catch {
        // Progress is a courtesy: the export's own answer reports any failure.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS)
    }
    void poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
    // The key says everything the subject holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return subject && progress.key === key ? progress.task : undefined
}

/** The line for a task's stage: « Mise en page : page 37… », « Vérification des sauvegardes : 2 sur 5… ». */
export function taskStageText(t: TFunction, task: TaskProgress): string {
  if (task.stage === 'rendering' && task.pages !== null && task.pages > 0) return t('tasks.stage.renderingPages', { pages: task.pages })
  if (task.stage === 'checkingBackups' && task.items && task.items.total > 0) {
    return t('tasks.stage.checkingBackupsCount', { done: task.items.done, total: task.items.total })
  }
  return t(`tasks.stage.${task.stage}`)
}
