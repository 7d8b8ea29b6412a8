/** Arabic interface text of the meeting's introduction, next-step details and a remote meeting's place. */
import type { minutesIntro as fr } from '../fr/minutes-intro'
import type { ArabicOf } from './types'

export const minutesIntro: ArabicOf<typeof fr> = {
  introduction: {
    title: 'تقديم',
    hint: 'يُطبع في المحضر تحت « النقاط المتداول فيها »، قبل النقطة الأولى: افتتاح الجلسة، السياق، التذكير بالأهداف…',
    editorLabel: 'تقديم النقاط المتداول فيها',
  },
  nextStepDetails: {
    add: 'إضافة تفاصيل',
    addFor: 'إضافة تفاصيل إلى الخطوة {{n}}',
    editorLabel: 'تفاصيل الخطوة {{n}}',
  },
  remotePlaceHint: 'اختياري: يُطبع في المحضر إذا تم ملؤه.',
}
