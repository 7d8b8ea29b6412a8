/** Arabic strings of the interface shell and of screens without their own namespace. */
import type { ui as fr } from '../fr/ui'
import type { ArabicOf } from './types'

export const ui: ArabicOf<typeof fr> = {
  nav: {
    label: 'التنقل الرئيسي',
    meetings: 'الاجتماعات',
    decisions: 'القرارات',
    actions: 'الإجراءات',
    plan: 'خطة العمل',
    directory: 'الدليل',
    settings: 'الإعدادات',
    trash: 'سلة المحذوفات',
  },
  about: {
    open: 'حول التطبيق',
    title: 'حول Copil',
    application: 'التطبيق',
    schema: 'إصدار بنية قاعدة البيانات',
  },
  status: {
    label: 'شريط الحالة',
    database: 'قاعدة البيانات',
    schema: 'البنية v{{version}}',
    version: 'Copil {{version}}',
    transportWeb: 'معاينة في المتصفح',
    transportElectron: 'تطبيق سطح المكتب',
    loading: 'جارٍ الاتصال بقاعدة البيانات…',
    error: 'قاعدة البيانات غير متاحة: {{message}}',
  },
  common: {
    loading: 'جارٍ التحميل…',
    retry: 'إعادة المحاولة',
    save: 'حفظ',
    cancel: 'إلغاء',
    delete: 'حذف',
    close: 'إغلاق',
    add: 'إضافة',
    search: 'بحث',
    saved: 'تم الحفظ',
    saving: 'جارٍ الحفظ…',
    saveFailed: 'تعذر الحفظ',
    comingSoon: 'هذه الشاشة قريبًا.',
  },
  screens: {
    meetings: { title: 'الاجتماعات', subtitle: 'اجتماعات اللجنة ومحاضر الخلاصات' },
    plan: { title: 'خطة العمل', subtitle: 'المحاور والالتزامات والأنشطة وإعادة البرمجة' },
    directory: { title: 'الدليل', subtitle: 'الهيئات والأشخاص' },
    settings: { title: 'الإعدادات', subtitle: 'الوثائق والنسخ الاحتياطية والمعلومات' },
  },
  dates: {
    datePlaceholder: 'يوم/شهر/سنة',
    timePlaceholder: 'سا:دق',
    dateInvalid: 'تاريخ غير مفهوم: اكتبوا مثلًا 15/07/2020.',
    timeInvalid: 'ساعة غير مفهومة: اكتبوا مثلًا 10:30 أو 10h30 (من 00:00 إلى 23:59).',
  },
  errors: {
    network: 'خدمة Copil لا تستجيب. ما أدخلتموه محفوظ؛ أعيدوا المحاولة بعد لحظة.',
    session: 'انتهت جلسة المعاينة: أعيدوا فتح العنوان الذي يعرضه « npm run web ».',
  },
}
