/** Arabic strings of the export buttons of the meeting editor. */
import type { exportUi as fr } from '../fr/export-ui'
import type { ArabicOf } from './types'

export const exportUi: ArabicOf<typeof fr> = {
  pdf: 'تصدير بصيغة PDF',
  xlsx: 'تصدير بصيغة Excel',
  docx: 'تصدير بصيغة Word',
  busy: 'التصدير جارٍ…',
  unprintable_zero: 'تم حفظ ملف PDF، ولم يُطبع أي حرف على شكل « � »: {{chars}}.',
  unprintable_one: 'تم حفظ ملف PDF، غير أن حرفًا واحدًا لا يوجد في أي من خطوطه طُبع على شكل « � »: {{chars}}.',
  unprintable_two: 'تم حفظ ملف PDF، غير أن حرفين لا يوجدان في أي من خطوطه طُبعا على شكل « � »: {{chars}}.',
  unprintable_few: 'تم حفظ ملف PDF، غير أن {{count}} أحرف لا توجد في أي من خطوطه طُبعت على شكل « � »: {{chars}}.',
  unprintable_many: 'تم حفظ ملف PDF، غير أن {{count}} حرفًا لا توجد في أي من خطوطه طُبعت على شكل « � »: {{chars}}.',
  unprintable_other: 'تم حفظ ملف PDF، غير أن {{count}} حرف لا توجد في أي من خطوطه طُبعت على شكل « � »: {{chars}}.',
  unprintableChar: '« {{char}} » ({{code}})',
  listSeparator: '، ',
}
