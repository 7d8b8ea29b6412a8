/** Arabic strings of backups and restore, in the app and the CLI. */
import type { backup as fr } from '../fr/backup'
import type { ArabicOf } from './types'

export const backup: ArabicOf<typeof fr> = {
  notFound: 'النسخة الاحتياطية غير موجودة: ربما حُذفت بفعل التدوير التلقائي.',
  integrityFailed: 'نسخة الحفظ الاحتياطي متضررة ({{details}}): تم استبعادها.',
  reasons: {
    quotidienne: 'يومية',
    manuelle: 'يدوية',
    'avant-migration': 'قبل التحديث',
    'avant-import': 'قبل الاستيراد',
    'avant-restauration': 'قبل الاسترجاع',
    'avant-exemple': 'قبل تحميل المثال',
  },
  holders: {
    electron: 'تطبيق Copil',
    web: 'معاينة Copil في المتصفح (npm run web)',
    cli: 'الأمر « copil {{command}} »',
    one: '{{what}} (العملية {{pid}})',
    remote: '{{what}} على الحاسوب « {{host}} » (العملية {{pid}})؛ إذا لم يعد Copil يشتغل عليه، احذفوا الملف {{file}}',
    refused: {
      restore:
        'رُفض الاسترجاع: القاعدة « {{path}} » مفتوحة من طرف {{holders}}. سيواصل هذا البرنامج الكتابة في الملف القديم وستضيع تسجيلاته. لم يُعدَّل أي شيء. أغلقوه ثم أعيدوا تشغيل الأمر، أو استرجعوا من التطبيق (الإعدادات ← النسخ الاحتياطية).',
      demo: 'رُفض تحميل المثال: القاعدة « {{path}} » مفتوحة من طرف {{holders}}. لم يُعدَّل أي شيء. أغلقوه ثم أعيدوا تشغيل الأمر.',
      inApp: 'رُفض الاسترجاع: القاعدة مفتوحة أيضًا من طرف {{holders}}، الذي سيواصل الكتابة في الملف القديم. لم يُعدَّل أي شيء. أغلقوه، ثم استرجعوا.',
    },
    waitTimeout: 'عملية تعوّض القاعدة جارية ({{holders}}). انتظروا انتهاءها، ثم أعيدوا تشغيل Copil.',
  },
  cli: {
    done: 'تمت كتابة النسخة الاحتياطية: {{path}} ({{size}} بايت، تم التحقق من سلامتها)',
    restored: 'تم استرجاع القاعدة من {{from}}. وقد حُفظت القاعدة القديمة في {{backup}}.',
    missingOut: 'حدّدوا ملف النسخة الاحتياطية بـ --out FICHIER.',
    missingFrom: 'حدّدوا النسخة الاحتياطية المراد استرجاعها بـ --from FICHIER.',
    outExists: 'الملف « {{path}} » موجود مسبقًا: اختاروا اسمًا آخر.',
  },
}
