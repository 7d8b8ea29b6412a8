/** Arabic strings of the export buttons of the meeting editor. */
import type { exportUi as fr } from '../fr/export-ui'
import type { ArabicOf } from './types'

export const exportUi: ArabicOf<typeof fr> = {
  pdf: 'تصدير بصيغة PDF',
  xlsx: 'تصدير بصيغة Excel',
  docx: 'تصدير بصيغة Word',
  busy: 'التصدير جارٍ…',
}
