/** Arabic messages of errors that cross the API boundary or reach the command line. */
import type { errors as fr } from '../fr/errors'
import type { ArabicOf } from './types'

export const errors: ArabicOf<typeof fr> = {
  unknownChannel: 'إجراء غير معروف: « {{channel}} ».',
  invalidInput: 'بيانات غير صالحة: {{details}}',
  tooDeep: 'بنية متداخلة أكثر من اللازم.',
  notFound: 'العنصر غير موجود.',
  conflict: 'تعارض: {{details}}',
  internal: 'خطأ داخلي غير متوقع. لم تُعدَّل بياناتكم.',
  startup: 'تعذر تشغيل Copil: {{reason}}',
  db: {
    notSqlite: 'الملف « {{path}} » ليس قاعدة بيانات Copil (ليس قاعدة SQLite). لم يُعدَّل.',
    newer: 'أُنشئت قاعدة البيانات هذه بإصدار أحدث من Copil (البنية {{found}}، وهذا الإصدار يعرف البنية {{known}}). حدّثوا Copil. لم يُعدَّل الملف.',
    cannotOpen: 'تعذر فتح قاعدة البيانات « {{path}} »: {{reason}}',
    damaged: 'الملف « {{path}} » متضرر: {{problem}} لم يُعدَّل.',
    missing: 'الملف « {{path}} » غير موجود.',
    busy: 'قاعدة البيانات مشغولة ببرنامج آخر. أعيدوا المحاولة بعد لحظة.',
    readonly: 'تعذرت الكتابة: قاعدة البيانات للقراءة فقط. لم يُحفظ أي شيء.',
    full: 'تعذرت الكتابة: القرص ممتلئ. لم يُحفظ أي شيء.',
    ioError: 'تعذر على القرص قراءة القاعدة أو الكتابة فيها (خطأ في الإدخال والإخراج). لم يُحفظ أي شيء؛ تحققوا من القرص أو المفتاح، ثم أعيدوا المحاولة.',
    corrupt: 'قاعدة البيانات متضررة. أغلقوا Copil وأعيدوا فتحه: ستقترح شاشة الاسترجاع آخر نسخة احتياطية سليمة.',
    constraint: 'رُفض التسجيل: {{reason}}',
    generic: 'خطأ في قاعدة البيانات: {{reason}}. لم يُحفظ أي شيء.',
  },
}
