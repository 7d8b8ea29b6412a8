import type { Delivery } from '../../shared/domain/files'
import i18next from '../i18n'
import { currentToken } from './transport'

/**
 * Finishes a file hand-over on the renderer side. In the browser preview the file waits on the
 * server: fetch it with the token and let the browser save it under its name.
 */
export async function receiveFile(delivery: Delivery): Promise<Delivery> {
  if (delivery.kind !== 'download') return delivery
  const response = await fetch(`/api/download/${delivery.id}`, { headers: { 'X-Copil-Token': await currentToken() } })
  if (!response.ok) throw new Error(i18next.t('files.failed', { message: await response.text() }))
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = delivery.fileName
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Give the browser time to start the download before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return delivery
}
