/** Arabic messages shown next to a field whose value is refused. */
import type { validation as fr } from '../fr/validation'
import type { ArabicOf } from './types'

export const validation: ArabicOf<typeof fr> = {
  required: 'حقل إلزامي.',
  tooLong: 'نص طويل جدًا.',
  badCursor: 'موضع صفحة غير صالح في اللائحة: أعيدوا تحميل اللائحة من بدايتها.',
  date: 'تاريخ غير ممكن (الصيغة المنتظرة: aaaa-mm-jj).',
  time: 'ساعة غير صالحة (الصيغة المنتظرة: hh:mm).',
  endBeforeStart: 'يجب أن تلي ساعة النهاية ساعة البداية.',
  mandateEndBeforeStart: 'يجب أن تلي نهاية الولاية بدايتها.',
  atLeastOneDate: 'حدّدوا تاريخًا واحدًا على الأقل.',
  duplicateDate: 'هذا التاريخ وارد مسبقًا في الاجتماع.',
  email: 'عنوان بريد إلكتروني غير صالح.',
  organisationExists: 'توجد مسبقًا هيئة بهذا الاسم.',
  committeeExists: 'توجد مسبقًا لجنة بهذا الاسم.',
  organisationInUse: 'لا يزال أشخاص مرتبطين بهذه الهيئة: انقلوهم أولًا.',
  personInUse: 'هذا الشخص وارد في اجتماعات: لا يمكن حذفه.',
  committeeInUse: 'لهذه اللجنة اجتماعات: لا يمكن حذفها.',
  positiveWeight: 'يجب أن يكون عددًا موجبًا',
  percent: 'يجب أن يكون نسبة مئوية بين 0 و100',
  representedByRequired: 'حدّدوا من ينوب عن هذا الشخص.',
  notFound: '{{what}} غير موجود.',
  bodyOrText: 'أدخلوا النقطة المتفق عليها كنص منسق أو كنص بسيط، وليس كليهما.',
  documentLanguage: 'لغة المحضر غير معروفة: اختاروا الفرنسية أو العربية.',
}
