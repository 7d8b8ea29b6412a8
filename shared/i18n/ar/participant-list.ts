/** Arabic strings of the meeting's participant list: organisations created from the person form, and the order of the list. */
import type { participantList as fr } from '../fr/participant-list'
import type { ArabicOf } from './types'

export const participantList: ArabicOf<typeof fr> = {
  newOrganisation: {
    open: 'هيئة جديدة',
    title: 'هيئة جديدة',
    name: 'اسم الهيئة',
    acronym: 'الاسم المختصر',
    acronymHint: 'اختياري، مثال: ANRT',
    side: 'الفئة',
    sideHint: 'مقترحة انطلاقًا من الاسم؛ قابلة للتعديل',
    create: 'إنشاء الهيئة',
    cancel: 'إلغاء',
    created: 'أُنشئت الهيئة « {{name}} » وتم اختيارها.',
  },
  order: {
    legend: 'ترتيب المشاركين في المحضر',
    college: 'حسب الفئة',
    collegeHint: 'مجمَّعون حسب الفئة، ثم حسب الاسم',
    protocol: 'الترتيب البروتوكولي',
    protocolHint: 'لائحة واحدة، بالترتيب المحدد هنا',
    reorder: 'تعديل الترتيب',
    done: 'إنهاء',
    help: 'اسحبوا شخصًا من مقبضه، أو استعملوا زرَّي رفع / خفض (Alt+↑ / Alt+↓).',
    listLabel: 'الترتيب البروتوكولي للمشاركين',
    handle: 'نقل {{name}}',
    up: 'رفع',
    down: 'خفض',
    upFor: 'رفع {{name}}',
    downFor: 'خفض {{name}}',
    failed: 'لم يتغير الترتيب: {{message}}',
  },
}
