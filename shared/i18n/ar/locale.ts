import type { locale as frLocale } from '../fr/locale'
import type { ArabicOf } from './types'

export const locale: ArabicOf<typeof frLocale> = {
  choice: {
    title: 'لغة الواجهة',
    intro: 'تُعرض الشاشات والرسائل والتواريخ بهذه اللغة. أما الوثائق فتحتفظ باللغة المختارة لكل اجتماع.',
    label: 'اللغة',
    saved: 'تم حفظ اللغة.',
  },
  labelValue: '{{label}}: {{value}}',
  labelled: '{{label}}:',
  listSeparator: '؛ ',
  twoParts: '{{first}}، {{second}}',
  validation: {
    issueAt: '{{path}}: {{message}}',
    separator: '؛ ',
    moreIssues_zero: '… (لا شيء آخر)',
    moreIssues_one: '… (خطأ آخر)',
    moreIssues_two: '… (خطآن آخران)',
    moreIssues_few: '… ({{count}} أخطاء أخرى)',
    moreIssues_many: '… ({{count}} خطأً آخر)',
    moreIssues_other: '… ({{count}} خطأ آخر)',
  },
}
