/** Arabic vocabulary shared by the interface and the documents. */
import type { common as fr } from '../fr/common'
import type { ArabicOf } from './types'

export const common: ArabicOf<typeof fr> = {
  app: { name: 'Copil', tagline: 'كتابة لجنة القيادة' },
  sides: {
    administration: 'الإدارة العمومية',
    societe_civile: 'المجتمع المدني',
    partenaire: 'شريك تقني ومالي',
    expert: 'خبير / مستشار',
    autre: 'أخرى',
  },
  sidesPlural: {
    administration: 'الإدارات العمومية',
    societe_civile: 'المجتمع المدني',
    partenaire: 'الشركاء التقنيون والماليون',
    expert: 'الخبراء والمستشارون',
    autre: 'جهات أخرى',
  },
  attendance: {
    a_confirmer: 'في انتظار التأكيد',
    present: 'حاضر',
    excuse: 'معتذر',
    absent: 'غائب',
    represente: 'ممثَّل',
    invite: 'مدعو',
  },
  roles: {
    president: 'الرئيس',
    titulaire: 'عضو رسمي',
    suppleant: 'عضو مناوب',
    secretariat: 'الكتابة',
    observateur: 'ملاحظ',
  },
  meetingKinds: {
    ordinaire: 'عادي',
    extraordinaire: 'استثنائي',
    preparatoire: 'تحضيري',
    atelier: 'ورشة',
  },
  meetingModes: { presentiel: 'حضوري', distance: 'عن بعد', hybride: 'مختلط' },
  meetingStatuses: { brouillon: 'مشروع', adopte: 'مصادق عليه' },
  nextStepStatuses: { a_faire: 'للإنجاز', en_cours: 'في طور الإنجاز', fait: 'منجز', annule: 'ملغى' },
  replanKinds: {
    replanifiee: 'أعيدت برمجته',
    annulee: 'ملغى',
    sans_visibilite: 'دون رؤية واضحة',
    depend_tiers: 'رهين بطرف ثالث',
  },
  bands: {
    non_commence: 'لم ينطلق',
    limite: 'محدود',
    important: 'مهم',
    termine: 'منجز',
  },
  join: {
    labelValue: '{{label}}: {{value}}',
    list: '، ',
    series: '؛ ',
  },
}
