/** Arabic strings of the blocks of « النقاط المتداول فيها » and « النقاط المتفق عليها »: short headings, notes, numbering. */
import type { minutesBlocks as fr } from '../fr/minutes-blocks'
import type { ArabicOf } from './types'

export const minutesBlocks: ArabicOf<typeof fr> = {
  style: {
    legend: 'طريقة عرض النقاط المتفق عليها',
    number: 'مرقمة (1.، 2.، …)',
    bullet: 'نقطية (•)',
  },
  note: 'ملاحظة (غير مرقمة)',
  noteMark: 'ملاحظة',
  bulletMark: '•',
  noteEditorLabel: 'نص الملاحظة (النقطة المتفق عليها {{n}} في القائمة)',
  headings: {
    legend: 'العناوين المختصرة لكتل « النقاط المتفق عليها »',
    hint: 'إذا تُرك فارغًا: يُدرج في المحضر عنوان النقطة من جدول الأعمال.',
    decisions: 'عنوان كتلة « النقاط المتفق عليها » للنقطة {{n}}',
    discussion: 'العنوان المختصر للكتلة',
    discussionLabel: 'العنوان المختصر لكتلة « النقاط المتداول فيها » للنقطة {{n}}',
  },
}
