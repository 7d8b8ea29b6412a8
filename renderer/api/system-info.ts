import type { SystemInfo } from '../../shared/domain/system'
import { api } from './client'

let read: Promise<SystemInfo> | null = null

/**
 * The installation's info, read once per page (the status bar reads it at start). It names the
 * database the page works on, which stays the same until the page is reloaded (a recovery reloads
 * it); the meeting editor needs it before it can read the meeting's plan (the drafts are filed
 * under it), so reading it again at each open would put a round trip before that read. A failed
 * read is not kept: the next caller asks again.
 */
export function systemInfo(): Promise<SystemInfo> {
  if (read === null) {
    const current = api.system.info({})
    read = current
    current.catch(() => {
      if (read === current) read = null
    })
  }
  return read
}
