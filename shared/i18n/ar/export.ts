/**
 * Strings printed in an Arabic relevé (PDF and Word), the same keys as ../fr/export.ts. Modern
 * Standard Arabic as Moroccan administrations write it, Western digits; no French typography
 * (no space before « : » or « % »).
 */
import type { exportStrings as frExport } from '../fr/export'
import type { ArabicOf } from './types'

export const exportStrings: ArabicOf<typeof frExport> = {
  pdf: {
    title: 'ملخص الخلاصات',
    dateLabel: { one: 'تاريخ الاجتماع', many: 'تواريخ الاجتماعات' },
    placeLabel: 'المكان',
    referenceLabel: 'المرجع',
    remote: 'اجتماع عن بعد عبر تقنية التناظر المرئي',
    remoteWithTool: 'اجتماع عن بعد عبر تقنية التناظر المرئي ({{tool}})',
    remoteAt: '{{place}} — اجتماع عن بعد عبر تقنية التناظر المرئي',
    remoteAtWithTool: '{{place}} — اجتماع عن بعد عبر تقنية التناظر المرئي ({{tool}})',
    hybrid: '{{place}} وعبر تقنية التناظر المرئي',
    hybridWithTool: '{{place}} وعبر تقنية التناظر المرئي ({{tool}})',
    placeUnknown: 'المكان سيحدد لاحقا',
    sections: {
      participants: 'المشاركون',
      excused: 'الأعضاء المعتذرون',
      agenda: 'جدول الأعمال',
      discussion: 'النقاط التي تمت مناقشتها',
      decisions: 'النقاط المتفق عليها',
      otherDecisions: 'نقاط أخرى متفق عليها',
      nextSteps: 'الخطوات المقبلة',
    },
    participants: {
      line: '{{civility}} {{firstName}} {{lastName}}، {{organisation}}',
      lineWithoutOrganisation: '{{civility}} {{firstName}} {{lastName}}',
      representedBy: { Mme: 'ممثلة من طرف {{name}}', 'M.': 'ممثل من طرف {{name}}' },
      guest: { Mme: '(مدعوة)', 'M.': '(مدعو)' },
      none: 'لم يسجل أي مشارك.',
    },
    agenda: {
      presentedBy: 'تقديم: {{name}}',
      noDiscussion: 'لا يوجد محضر لهذه النقطة.',
    },
    engagements: {
      caption: 'حالة تقدم تنفيذ التزامات خطة العمل',
      columns: {
        engagement: 'الالتزام',
        progress: 'حالة التقدم',
        replanning: 'إعادة برمجة الأنشطة المتبقية',
      },
      progress: 'نسبة التقدم {{percent}}%',
      complete: 'التزام منجز (100%)',
      noProgress: 'لم يتم الإبلاغ عن نسبة التقدم',
      none: '—',
      continued: '{{number}} (تابع)',
    },
    nextSteps: {
      columns: { number: 'رقم', text: 'الخطوة', responsible: 'المسؤول', due: 'الأجل' },
      cancelled: '(ملغاة)',
      done: '(منجزة)',
    },
    footer: {
      page: 'الصفحة {{page}} / {{pages}}',
      center: '{{title}} بتاريخ {{date}}',
      draft: 'مشروع',
    },
    watermark: 'مشروع',
    metadata: {
      title: 'ملخص الخلاصات — {{title}} — {{date}}',
      subject: 'ملخص خلاصات اجتماع {{date}} — {{committee}}',
      keywords: ['ملخص الخلاصات', 'لجنة القيادة', 'الحكومة المنفتحة', 'OGP'],
      logoAlt: 'شعار — {{committee}}',
    },
  },
  vocabulary: {
    civilities: { Mme: 'السيدة', 'M.': 'السيد' },
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
      autre: 'أخرى',
    },
    attendance: {
      a_confirmer: 'في انتظار التأكيد',
      present: 'حاضر',
      excuse: 'معتذر',
      absent: 'غائب',
      represente: 'ممثَّل',
      invite: 'مدعو',
    },
    meetingKinds: {
      ordinaire: 'عادي',
      extraordinaire: 'استثنائي',
      preparatoire: 'تحضيري',
      atelier: 'ورشة',
    },
    meetingModes: { presentiel: 'حضوري', distance: 'عن بعد', hybride: 'مختلط' },
    meetingStatuses: { brouillon: 'مشروع', adopte: 'مصادق عليه' },
    nextStepStatuses: { a_faire: 'للإنجاز', en_cours: 'قيد الإنجاز', fait: 'منجز', annule: 'ملغى' },
    actionStatuses: { a_faire: 'للإنجاز', en_cours: 'قيد الإنجاز', fait: 'منجز', reporte: 'مؤجل', annule: 'ملغى' },
    bands: { non_commence: 'لم يبدأ', limite: 'محدود', important: 'مهم', termine: 'منته' },
  },
  followUps: {
    title: 'تتبع الإجراءات السابقة',
    sheet: 'تتبع الإجراءات',
    columns: {
      number: 'رقم',
      action: 'الإجراء',
      origin: 'تقرر بتاريخ',
      responsible: 'المسؤول',
      due: 'الأجل',
      status: 'الحالة',
      note: 'ما أثير خلال الاجتماع',
    },
  },
}
