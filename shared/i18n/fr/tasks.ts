/** Long tasks run in the background worker: their progress and their failures. */
export const tasks = {
  workerMissing: 'Le module de travail en arrière-plan est introuvable : réinstallez Copil.',
  exportHeavy:
    'L’export n’a pas pu aboutir : le document demande plus de mémoire ou de temps que permis. Aucun fichier n’a été écrit.',
  exportFailed: 'L’export n’a pas pu aboutir : {{reason}} Aucun fichier n’a été écrit.',
  checkHeavy: 'La vérification de la copie n’a pas pu aboutir (mémoire ou temps dépassés) : la sauvegarde n’a pas été gardée.',
  checkFailed: 'La vérification de la copie n’a pas pu aboutir : {{reason}} La sauvegarde n’a pas été gardée.',
  restoreCheckHeavy:
    'La vérification de la sauvegarde n’a pas pu aboutir (mémoire ou temps dépassés) : rien n’a été restauré.',
  restoreCheckFailed: 'La vérification de la sauvegarde n’a pas pu aboutir : {{reason}} Rien n’a été restauré.',
  stage: {
    waiting: 'En attente de la fin de l’export précédent…',
    preparing: 'Préparation du document…',
    rendering: 'Mise en page…',
    renderingPages: 'Mise en page : page {{pages}}…',
    saving: 'Enregistrement du fichier…',
    copying: 'Copie de la base de données…',
    checking: 'Vérification de la copie…',
    checkingBackup: 'Vérification de la sauvegarde choisie…',
    checkingBackups: 'Vérification des sauvegardes…',
    checkingBackupsCount: 'Vérification des sauvegardes : {{done}} sur {{total}}…',
    replacing: 'Remplacement de la base de données…',
  },
} as const
