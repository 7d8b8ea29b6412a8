/** Arabic strings of the welcome screen of an empty database, and of the built-in example behind it. */
import type { welcome as fr } from '../fr/welcome'
import type { ArabicOf } from './types'

export const welcome: ArabicOf<typeof fr> = {
  title: 'مرحبًا بكم في Copil',
  lead: 'يتولى Copil تدبير اجتماعات لجنة القيادة — المشاركون، جدول الأعمال، النقاط المتداول فيها، القرارات والخطوات المقبلة — ويتتبع تقدم خطة العمل ويُعدّ محضر الخلاصات بصيغتي PDF وExcel.',
  example: {
    title: 'اكتشفوا Copil من خلال مثال حقيقي',
    description:
      'اجتماع لجنة القيادة للحكومة المنفتحة بتاريخ 15 يوليوز 2020: 20 مشاركًا، 4 نقاط في جدول الأعمال، تقدم الالتزامات الـ18 لخطة العمل 2018-2020 وإعادة برمجتها. ويُصدَّر المحضر فورًا.',
    load: 'تحميل المثال',
    loading: 'جارٍ تحميل المثال…',
  },
  empty: {
    title: 'البدء من الصفر',
    description: 'أنشئوا هيئاتكم وأعضاءكم واجتماعكم الأول.',
    start: 'البدء بقاعدة بيانات فارغة',
  },
  demo: {
    loadFailed: 'تعذر تحميل المثال ({{channel}}): {{message}}',
    notEmpty: 'قاعدة البيانات تحتوي على بيانات مسبقًا: لا يُحمَّل المثال إلا في قاعدة فارغة.',
    busy: 'المثال قيد التحميل بالفعل.',
  },
}
