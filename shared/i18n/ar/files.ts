/** Arabic strings for saving, opening and downloading files. */
import type { files as fr } from '../fr/files'
import type { ArabicOf } from './types'

export const files: ArabicOf<typeof fr> = {
  desktopOnly: 'متاح في تطبيق سطح المكتب فقط.',
  cannotOpen: 'لا يمكن فتح هذا الملف (نُقل أو لم يحفظه Copil).',
  saved: 'تم حفظ الملف: {{path}}',
  downloaded: 'تم تنزيل الملف: {{fileName}}',
  canceled: 'أُلغي الحفظ.',
  open: 'فتح',
  reveal: 'العرض في المجلد',
  failed: 'تعذر حفظ الملف: {{message}}',
}
