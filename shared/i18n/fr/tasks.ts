/** Long tasks run in the background worker: their progress and their failures. */
export const tasks = {
  workerMissing: 'Le module de travail en arrière-plan est introuvable : réinstallez Copil.',
  exportHeavy:
    'L’export n’a pas pu aboutir : le document demande plus de mémoire ou de temps que permis. Aucun fichier n’a été écrit.',
  exportFailed: 'L’export n’a pas pu aboutir : {{reason}} Aucun fichier n’a été écrit.',
  checkHeavy: 'La vérification de la copie n’a pas pu aboutir (mémoire ou temps dépassés) : la sauvegarde n’a pas été gardée.',
  checkFailed: 'La vérification de la copie n’a pas pu aboutir : {{reason}} La sauvegarde n’a pas été gardée.',
  stage: {
    waiting: 'En attente de la fin de l’export précédent…',
    preparing: 'Préparation du document…',
    rendering: 'Mise en page…',
    renderingPages: 'Mise en page : page {{pages}}…',
    saving: 'Enregistrement du fichier…',
    copying: 'Copie de la base de données…',
    checking: 'Vérification de la copie…',
  },
} as const
