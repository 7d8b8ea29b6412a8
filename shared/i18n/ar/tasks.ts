/** Arabic strings of long tasks run in the background worker: their progress and their failures. */
import type { tasks as fr } from '../fr/tasks'
import type { ArabicOf } from './types'

export const tasks: ArabicOf<typeof fr> = {
  workerMissing: 'وحدة العمل في الخلفية غير موجودة: أعيدوا تثبيت Copil.',
  exportHeavy:
    'تعذر إتمام التصدير: تتطلب الوثيقة ذاكرة أو وقتًا أكثر من المسموح به. لم يُكتب أي ملف.',
  exportFailed: 'تعذر إتمام التصدير: {{reason}} لم يُكتب أي ملف.',
  checkHeavy: 'تعذر إتمام التحقق من النسخة (تجاوز الذاكرة أو الوقت): لم يُحتفظ بالنسخة الاحتياطية.',
  checkFailed: 'تعذر إتمام التحقق من النسخة: {{reason}} لم يُحتفظ بالنسخة الاحتياطية.',
  restoreCheckHeavy: 'تعذر إتمام التحقق من النسخة الاحتياطية (تجاوز الذاكرة أو الوقت): لم تتم أي استعادة.',
  restoreCheckFailed: 'تعذر إتمام التحقق من النسخة الاحتياطية: {{reason}} لم تتم أي استعادة.',
  stage: {
    waiting: 'في انتظار انتهاء التصدير السابق…',
    preparing: 'جارٍ إعداد الوثيقة…',
    rendering: 'جارٍ التصفيف…',
    renderingPages: 'جارٍ التصفيف: الصفحة {{pages}}…',
    saving: 'جارٍ حفظ الملف…',
    copying: 'جارٍ نسخ قاعدة البيانات…',
    checking: 'جارٍ التحقق من النسخة…',
    checkingBackup: 'جارٍ التحقق من النسخة الاحتياطية المختارة…',
    checkingBackups: 'جارٍ التحقق من النسخ الاحتياطية…',
    checkingBackupsCount: 'جارٍ التحقق من النسخ الاحتياطية: {{done}} من {{total}}…',
    replacing: 'جارٍ استبدال قاعدة البيانات…',
  },
}
