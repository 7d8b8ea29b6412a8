/** The choice of the interface language, and the glue of messages assembled in code. */
export const locale = {
  choice: {
    title: 'Langue de l’interface',
    intro: 'Les écrans, les messages et les dates s’affichent dans cette langue. Les documents gardent la langue choisie pour chaque réunion.',
    label: 'Langue',
    saved: 'Langue enregistrée.',
  },
  /** A label and its value joined in code (« Quorum : 50 % »); Arabic has no space before its colon. */
  labelValue: '{{label}} : {{value}}',
  /** A label before a value drawn apart (a link, an isolated path). */
  labelled: '{{label}} :',
  /** Between the items of a list written on one line (« ONEE ; ANRT »). */
  listSeparator: ' ; ',
  /** Two parts of one line, the second adding to the first (« 12 actions — 5 ouvertes … »). */
  twoParts: '{{first}} — {{second}}',
  validation: {
    issueAt: '{{path}} : {{message}}',
    separator: ' ; ',
    moreIssues_one: '… ({{count}} autre)',
    moreIssues_other: '… ({{count}} autres)',
  },
} as const
