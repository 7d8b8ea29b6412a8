/** The relevé's lifecycle: diffusion, adoption, lock, errata, fingerprint and verification. */
export const lifecycle = {
  stages: {
    brouillon: 'Brouillon',
    diffuse: 'Diffusé pour observations',
    adopte: 'Adopté',
    erratum: 'Erratum en cours',
  },
  locked:
    'Ce relevé est adopté : il ne peut plus être modifié. Pour le corriger, ouvrez un erratum (« Cycle du relevé » › « Ouvrir un erratum ») ; la version adoptée reste lisible.',
  adoptWithoutVersion: 'Un relevé ne peut être verrouillé qu’en l’adoptant (« Adopter le relevé »).',
  approvalTitle: 'Approbation du relevé de la réunion du {{date}}',
  approvalDecision: 'Le relevé de la réunion du {{date}} est adopté.',
  erratumDecision: 'L’erratum n° {{version}} au relevé de la réunion du {{date}} est adopté ({{reason}}).',
  undated: 'date non fixée',
  errors: {
    alreadyAdopted: 'Ce relevé est déjà adopté (version {{version}}). Pour le corriger, ouvrez un erratum.',
    atMeetingSelf: 'Un relevé est adopté lors d’une autre réunion que la sienne.',
    atMeetingOtherCommittee: 'La réunion d’adoption doit être une réunion du même comité.',
    atMeetingEarlier: 'La réunion d’adoption ({{at}}) doit avoir lieu après la réunion du relevé ({{date}}).',
    changedMeanwhile: 'Le relevé a été modifié pendant l’adoption : rien n’a été adopté, réessayez.',
    erratumNoChange: 'L’erratum ne change rien à la version {{version}} : modifiez le relevé avant de l’adopter.',
    erratumNotAdopted: 'Seul un relevé adopté peut recevoir un erratum.',
    erratumOpen: 'Un erratum est déjà ouvert sur ce relevé.',
    diffuseAdopted: 'Ce relevé est déjà adopté : sa diffusion pour observations ne peut plus changer.',
    deadlineBeforeSent: 'La date limite des observations doit suivre la date d’envoi.',
    versionNotFound: 'Ce relevé n’a pas de version {{version}}.',
    notPdf: 'Ce fichier n’est pas un PDF.',
  },
  verify: {
    adopted: 'PDF conforme : version {{version}} du relevé de la réunion du {{date}}, adoptée le {{adoptedOn}} (empreinte {{short}}).',
    draft: 'Ce PDF n’est pas une version adoptée : il ne porte pas le contenu d’un relevé adopté (c’est un projet ou un autre document).',
    altered:
      'PDF non conforme : son contenu ne correspond à aucune version adoptée. Il se présente comme la version {{version}} du relevé de la réunion du {{date}} ; différences ci-dessous.',
    unknown: 'PDF non conforme : son contenu ne correspond à aucune version adoptée de cette base.',
    sections: {
      header: 'En-tête',
      participants: 'Participants',
      agenda: 'Ordre du jour',
      introduction: 'Introduction',
      discussions: 'Points discutés',
      decisions: 'Points arrêtés',
      engagements: 'Engagements',
      nextSteps: 'Prochaines étapes',
    },
    added: '+ {{text}}',
    removed: '− {{text}}',
  },
  pdf: {
    footer: 'Version {{version}} adoptée le {{date}} · empreinte {{short}}',
    attachmentName: 'releve-canonique.json',
    attachmentDescription: 'Contenu canonique du relevé adopté (empreinte SHA-256 {{fingerprint}})',
  },
  cli: {
    adoptUsage: 'Utilisation : copil adopt --db FICHIER --meeting ID [--at-meeting ID] [--date AAAA-MM-JJ]',
    verifyUsage: 'Utilisation : copil verify --db FICHIER RELEVE.pdf',
    adopted:
      'Relevé de la réunion du {{date}} (n° {{meetingId}}) adopté : version {{version}}, le {{adoptedOn}}.\nEmpreinte SHA-256 : {{fingerprint}}\nLe relevé est verrouillé : toute modification est refusée ; une correction passe par un erratum.',
    adoptedAt: 'Adoption enregistrée comme décision de la réunion du {{date}} (n° {{meetingId}}), point « {{item}} ».',
    cannotRead: 'Impossible de lire {{path}} : {{reason}}',
    difference: '  {{section}} :',
  },
} as const
