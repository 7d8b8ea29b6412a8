/**
 * The README « Fiabilité » section's content: the table's rows (a count read from a fault test's
 * results file, and what must hold) and the claims, each naming the tests that prove it.
 *
 * To add a row or a claim for a new fault test: write its counts with writeFaultReport('<name>', …)
 * (tests/faults/helpers/report.ts), then add an entry to ROWS or CLAIMS naming that file and the
 * test; `npm run test:faults` does the rest.
 */
import { fmt, n, s, type Claim, type Counts, type Row } from './fiabilite-model.ts'

export const ROWS: Row[] = [
  {
    label: 'Arrêts brutaux (SIGKILL) pendant l’écriture : survécus / tentés',
    source: 'crash-safety',
    value: (c) => `${fmt(c.killsSurvived)} / ${fmt(c.killsTried)}`,
    holds: (c) => n(c.killsTried) > 0 && c.killsSurvived === c.killsTried,
  },
  {
    label: 'Transactions confirmées vérifiées après ces arrêts',
    source: 'crash-safety',
    value: (c) => fmt(c.acknowledged),
  },
  {
    label: 'Transactions confirmées perdues / présentes à moitié',
    source: 'crash-safety',
    value: (c) => `${fmt(c.lost)} / ${fmt(c.partial)}`,
    holds: (c) => c.lost === 0 && c.partial === 0,
  },
  {
    label: 'Enregistrements synchronisés sur le disque avant d’être confirmés (strace)',
    source: 'durable-commits',
    value: (c) => `${fmt(c.syncedBeforeAck)} / ${fmt(c.acknowledged)}`,
    holds: (c) => n(c.acknowledged) > 0 && c.syncedBeforeAck === c.acknowledged,
    mayBeAbsent: 'le test est sauté là où strace manque',
  },
  {
    label: 'Disque plein ou base en lecture seule : écritures refusées proprement / tentées',
    source: 'disk-full',
    value: (c) =>
      `${fmt(c.refusedCleanly)} / ${fmt(c.writesTried)}${c.realDiskTested ? ' (dont un vrai disque plein)' : ` (sans vrai disque plein : ${s(c.realDiskSkipReason)})`}`,
    holds: (c) => c.refusedCleanly === c.writesTried,
  },
  {
    label: 'Écritures à moitié après un refus',
    source: 'disk-full',
    value: (c) => fmt(c.halfWritten),
    holds: (c) => c.halfWritten === 0,
  },
  {
    label: 'Deux programmes sur la même base : écritures confirmées / perdues / refusées',
    source: 'two-processes',
    value: (c) =>
      `${fmt(c.acknowledged)} / ${fmt(c.lost)} / ${fmt(c.refused)} (et ${fmt(c.cliImportsOk)} imports copil import-json)`,
    holds: (c) => c.lost === 0 && c.refused === 0 && c.unexpected === 0 && c.integrity === 'ok',
  },
  {
    label: 'Restauration pendant que l’aperçu tient la base : écritures confirmées / perdues',
    source: 'restore-while-open',
    value: (c) =>
      `${fmt(c.acknowledged)} / ${fmt(c.lost)} (restauration ${c.restoreExitCode === 1 ? 'refusée' : 'non refusée'} en nommant l’aperçu : ${c.restoreRefusalNamesPreview ? 'oui' : 'non'} ; après l’arrêt de l’aperçu : ${fmt(c.lostAfterRestore)} perdue)`,
    holds: (c) => c.lost === 0 && c.lostAfterRestore === 0 && c.restoreExitCode === 1 && c.demoForceExitCode === 1,
    mayBeAbsent: 'le test est sauté quand l’aperçu ou la ligne de commande ne sont pas construits',
  },
  {
    label: 'Bases endommagées (tronquées, vidées, pages au hasard, autre fichier) : récupérées / essayées',
    source: 'damaged-database',
    value: (c) => `${fmt(c.recovered)} / ${fmt(c.tried)}`,
    holds: (c) => n(c.tried) > 0 && c.recovered === c.tried,
  },
  {
    label: 'Gros fichiers de personnes : pire durée / pire mémoire en plus (bornes)',
    source: 'input-cost',
    value: (c) => {
      const bounds = (c.bounds ?? {}) as Counts
      return `${fmt(c.worstSeconds)} s / ${fmt(c.worstMemoryMb)} Mo (${fmt(bounds.seconds)} s / ${fmt(bounds.memoryMb)} Mo, sur ${fmt(c.cores)} cœurs)`
    },
    holds: (c) =>
      n(c.worstMemoryMb) <= n((c.bounds as Counts | undefined)?.memoryMb) &&
      n(c.worstSeconds) <= n((c.bounds as Counts | undefined)?.seconds),
  },
  {
    label: 'Logo : PDF avec le plus grand logo accepté / sans logo',
    source: 'logo-cost',
    value: (c) =>
      `${fmt(c.pdfWithLargestLogoMs)} ms / ${fmt(c.pdfWithoutLogoMs)} ms (×${fmt(c.ratio)}, borne ×2) ; image de 15000 × 15000 refusée en ${fmt(c.hugeRefusedMs)} ms`,
    holds: (c) => n(c.ratio) <= 2,
  },
  {
    label: 'Fuzz de l’API : appels joués (canaux × appels)',
    source: 'fuzz-api',
    value: (c) => `${fmt(c.casesRun)} (${fmt(c.channels)} × ${fmt(c.runsPerChannel)})`,
  },
  {
    label: 'Fuzz : appels acceptés / refusés en français / plantages',
    source: 'fuzz-api',
    value: (c) => `${fmt(c.accepted)} / ${fmt(c.refused)} / ${fmt(c.crashes)}`,
    holds: (c) => c.crashes === 0 && c.problems === 0,
  },
  {
    label: 'Fuzz : canaux qui acceptent au moins le minimum d’appels bien typés',
    source: 'fuzz-api',
    value: (c) =>
      `${fmt(n(c.channels) - (Array.isArray(c.channelsBelowMinimum) ? c.channelsBelowMinimum.length : Number.NaN))} / ${fmt(c.channels)} (minimum ${fmt(c.minAcceptedPerChannel)}, le moins servi : ${fmt(c.fewestAccepted)})`,
    holds: (c) => Array.isArray(c.channelsBelowMinimum) && c.channelsBelowMinimum.length === 0,
  },
  {
    label: 'Fuzz : écritures faites par un appel refusé',
    source: 'fuzz-api',
    value: (c) => fmt(c.writesFromRejected),
    holds: (c) => c.writesFromRejected === 0,
  },
  {
    label: 'Fichiers défectueux traités proprement / essayés',
    source: 'bad-files',
    value: (c) =>
      `${fmt(c.handledCleanly)} / ${fmt(c.tried)} (${fmt(c.refusedCleanly)} refusés, ${fmt(c.importedCleanly)} importés avec rapport)`,
    holds: (c) => n(c.tried) > 0 && c.handledCleanly === c.tried,
  },
  {
    label: 'Exports : formules / textes « = + - @ » non protégés / noms de fichier dangereux',
    source: 'exports-inert',
    value: (c) =>
      `${fmt(c.formulas)} / ${fmt(c.unprotected)} / ${fmt(c.unsafeNames)} (${fmt(c.cellsChecked)} cellules de ${fmt(c.workbooks)} classeurs)`,
    holds: (c) => c.formulas === 0 && c.unprotected === 0 && c.unsafeNames === 0,
  },
]

const SYNC_MEANING: Record<string, string> = {
  FULL: 'SQLite synchronise le journal (WAL) sur le disque à chaque validation, avant de rendre la main : une transaction confirmée survit à une coupure de courant, si le disque honore fsync',
  EXTRA:
    'SQLite synchronise le journal (WAL) sur le disque à chaque validation, avant de rendre la main : une transaction confirmée survit à une coupure de courant, si le disque honore fsync',
  NORMAL:
    'en WAL, SQLite ne synchronise le journal qu’aux points de contrôle : une coupure de courant peut annuler les dernières transactions confirmées (la base reste cohérente) — la promesse ne tient pas',
  OFF: 'SQLite ne synchronise jamais : une coupure de courant peut perdre des transactions confirmées, voire abîmer la base — la promesse ne tient pas',
}

export const CLAIMS: Claim[] = [
  {
    title: 'Arrêt brutal',
    text: ({ files }) => {
      const c = files['crash-safety']
      if (!c)
        return 'un processus écrit réunions, présences et replanifications, chacune dans une transaction, et il est tué au hasard (résultats absents : crash-safety n’a pas tourné).'
      return `un processus écrit réunions, présences et replanifications, chacune dans une transaction qu’il confirme, et il est tué par SIGKILL à un moment pris au hasard, ${fmt(c.killsTried)} fois. Après chaque arrêt, \`integrity_check\` est bon, chacune des ${fmt(c.acknowledged)} transactions confirmées est là en entier (${fmt(c.lost)} perdue), aucune n’est là à moitié (${fmt(c.partial)}).`
    },
    proofs: [
      {
        file: 'tests/faults/crash-safety.test.ts',
        test: 'keeps every acknowledged transaction whole and no other in part',
      },
    ],
  },
  {
    title: 'Coupure de courant',
    text: ({ database, files }) => {
      const sync = database?.synchronous
      const setting = sync
        ? `\`PRAGMA synchronous=${sync}\` en mode \`journal_mode=${database?.journalMode}\` (réglage lu sur une connexion ouverte par l’application pendant l’exécution) : ${SYNC_MEANING[sync] ?? 'réglage inconnu'}`
        : 'le réglage `synchronous` de SQLite, qui n’a pas été lu dans cette exécution (crash-safety n’a pas tourné)'
      const d = files['durable-commits']
      const strace = d
        ? `${fmt(d.syncedBeforeAck)} enregistrements sur ${fmt(d.acknowledged)} ont été synchronisés sur le disque (fsync du WAL) avant d’être confirmés, sous \`strace\``
        : 'la vérification sous `strace` n’a pas tourné (strace absent, ou épreuve non lancée)'
      return `la promesse repose sur ${setting}. L’épreuve d’arrêt brutal tue le processus, elle ne coupe pas le courant : le système écrit encore ce qu’il garde en mémoire, elle passerait donc aussi avec \`synchronous=OFF\` et ne prouve rien pour une coupure. Ce qui la prouve est vérifié à part : ${strace}. Une panne du disque lui-même ou un disque qui ment sur fsync restent hors de portée.`
    },
    proofs: [
      { file: 'tests/faults/durable-commits.test.ts', test: 'syncs every save to disk before acknowledging it' },
      {
        file: 'tests/faults/crash-safety.test.ts',
        test: 'keeps every acknowledged transaction whole and no other in part',
      },
    ],
  },
  {
    title: 'Sauvegarde automatique',
    text: () =>
      'dans l’éditeur ouvert dans Chromium, un texte est tapé, le service est tué 1,5 s plus tard puis relancé ; le texte est là.',
    proofs: [
      {
        file: 'tests/e2e/meetings.spec.ts',
        test: 'text typed in a discussion survives a hard kill of the service 1.5 s later',
      },
    ],
  },
  {
    title: 'Base endommagée au démarrage',
    text: () =>
      'un écran en français propose de restaurer la dernière sauvegarde saine ; le fichier endommagé est mis de côté, octet pour octet, jamais écrasé (de bout en bout dans Chromium).',
    proofs: [{ file: 'tests/e2e/recovery.spec.ts', test: 'a damaged database opens on the recovery screen' }],
  },
  {
    title: 'Disque plein, lecture seule',
    text: ({ files }) => {
      const c = files['disk-full']
      const real = c?.realDiskTested ? 'un vrai petit disque tmpfs plein, ' : ''
      return `sur une base pleine (${real}\`max_page_count\`) ou ouverte en lecture seule, chaque écriture, sauvegarde ou import de plan est refusé avec un message français clair (${c ? `${fmt(c.refusedCleanly)} sur ${fmt(c.writesTried)}` : 'résultats absents'}) ; ce qui était affiché reste lisible et inchangé, rien n’est écrit à moitié, et l’écriture reprend dès que la place revient.`
    },
    proofs: [
      {
        file: 'tests/faults/disk-full.test.ts',
        test: 'refuses every write in French, changes nothing, and writes again once there is room',
      },
      { file: 'tests/faults/disk-full.test.ts', test: 'refuses every write in French and keeps showing the data' },
      {
        file: 'tests/faults/disk-full.test.ts',
        test: 'refuses writes, backups and plan imports in French, then works again once space is freed',
      },
    ],
  },
  {
    title: 'Deux programmes',
    text: ({ files }) => {
      const c = files['two-processes']
      return `l’application et la ligne de commande écrivent en alternance sur la même base pendant que \`copil import-json\` importe des plans ; chacun attend son tour (\`BEGIN IMMEDIATE\` et délai d’attente) : ${c ? `${fmt(c.acknowledged)} écritures confirmées, ${fmt(c.lost)} perdue, ${fmt(c.refused)} refusée` : 'résultats absents'}.`
    },
    proofs: [
      {
        file: 'tests/faults/two-processes.test.ts',
        test: 'waits its turn: every write of both writers is there, none refused, and the file is sound',
      },
    ],
  },
  {
    title: 'Restauration pendant que Copil est ouvert',
    text: ({ files }) => {
      const c = files['restore-while-open']
      return `l’aperçu tourne sur une base et enregistre par son API pendant que \`copil restore\` et \`copil demo --force\` sont lancés : tous deux sont refusés en nommant l’aperçu et son processus, et aucune écriture confirmée n’est perdue${c ? ` (${fmt(c.acknowledged)} confirmées, ${fmt(c.lost)} perdue)` : ''} ; une fois l’aperçu tué, son verrou périmé est ignoré et la restauration passe, après une sauvegarde qui garde tout ce qui avait été confirmé.`
    },
    proofs: [
      {
        file: 'tests/faults/restore-while-open.test.ts',
        test: 'is refused naming the preview, loses no acknowledged write, and goes through once the preview is dead',
      },
    ],
  },
  {
    title: 'Chaque sorte de base endommagée',
    text: ({ files }) => {
      const c = files['damaged-database']
      return `une base coupée à 10, 25, 50, 75 ou 98 % de sa taille, vidée à zéro octet alors qu’une sauvegarde existe, aux pages écrasées au hasard, remplacée par un autre fichier, ou illisible : la ligne de commande le dit en français (code 1) et l’écran de récupération propose la dernière sauvegarde saine ; le fichier endommagé est mis de côté octet pour octet${c ? ` (${fmt(c.recovered)} cas sur ${fmt(c.tried)})` : ''}.`
    },
    proofs: [
      { file: 'tests/faults/damaged-database.test.ts', test: 'cut to' },
      { file: 'tests/faults/damaged-database.test.ts', test: 'emptied to zero bytes while a backup exists' },
      { file: 'tests/faults/damaged-database.test.ts', test: 'with pages overwritten by random bytes' },
      { file: 'tests/faults/damaged-database.test.ts', test: 'replaced by a file that is not SQLite' },
      { file: 'tests/e2e/recovery.spec.ts', test: 'a damaged database opens on the recovery screen' },
    ],
  },
  {
    title: 'Fichiers trop lourds',
    text: ({ files }) => {
      const c = files['input-cost']
      return `un classeur de 20 Mo de cellules vides est refusé d’après ses dimensions déclarées, ou en comptant ses cellules s’il les cache, avant d’être chargé ; les fichiers lus le sont dans un fil séparé, et le serveur répond aux autres appels pendant ce temps${c ? ` (pire durée ${fmt(c.worstSeconds)} s, pire mémoire en plus ${fmt(c.worstMemoryMb)} Mo)` : ''}. Le logo est refusé au-delà de 4000 × 4000 pixels et gardé réduit pour l’impression.`
    },
    proofs: [
      {
        file: 'tests/faults/input-cost.test.ts',
        test: 'refuses a 20 MB workbook of empty formatted cells by its declared range, before reading it',
      },
      {
        file: 'tests/faults/input-cost.test.ts',
        test: 'answers another call before the import of the largest workbook is done',
      },
      { file: 'tests/faults/logo-cost.test.ts', test: 'refuses a 15000 × 15000 PNG from its header' },
    ],
  },
  {
    title: 'Fuzz de l’API',
    text: ({ files }) => {
      const c = files['fuzz-api']
      if (!c)
        return 'chaque canal du contrat reçoit des appels bien typés et malformés (résultats absents : fuzz-api n’a pas tourné).'
      return `chacun des ${fmt(c.channels)} canaux du contrat, nouveaux canaux compris, reçoit ${fmt(c.runsPerChannel)} appels : pour moitié bien typés, tirés du schéma zod du canal et nommant des lignes qui existent dans l’exemple chargé, pour moitié malformés (mauvais types, champs manquants ou en trop, textes énormes, imbrication profonde, clés \`__proto__\`). Les canaux destructeurs (suppressions, restauration, chargement de l’exemple, écran de récupération) jouent sur des bases jetables (${fmt(c.worlds)} en tout). Chaque appel répond par des données, avec un message français ; un appel refusé ne modifie aucune table ; chaque canal accepte au moins ${fmt(c.minAcceptedPerChannel)} appels (détail par canal ci-dessous).`
    },
    proofs: [
      {
        file: 'tests/faults/fuzz-api.test.ts',
        test: 'payloads per channel, well-typed or malformed, as data in French',
      },
      { file: 'tests/faults/fuzz-api.test.ts', test: 'would notice a refused call that wrote something' },
      {
        file: 'tests/faults/zod-arbitrary.test.ts',
        test: 'draws only values the schema accepts, for the input of every channel of the contract',
      },
    ],
  },
  {
    title: 'Fichiers défectueux',
    text: ({ files }) => {
      const c = files['bad-files']
      return `${c ? `${fmt(c.people)} fichiers de personnes (.xlsx, .csv), ${fmt(c.plan)} fichiers de plan (JSON) et ${fmt(c.cli)} passages par la ligne de commande` : 'des fichiers de personnes et de plan'} : mauvaise feuille, colonnes absentes ou renommées, cellules fusionnées, formules, 50 000 lignes, fichier vide, faux zip, bombe zip, UTF-8 invalide, BOM… Chacun est refusé en entier avec la raison en français, ou importé avec un rapport qui nomme la ligne et la colonne de chaque ligne écartée ; jamais à moitié.`
    },
    proofs: [
      { file: 'tests/faults/bad-files.test.ts', test: 'bad people files' },
      { file: 'tests/faults/bad-files.test.ts', test: 'bad plan files' },
    ],
  },
  {
    title: 'Exports',
    text: () =>
      'un texte qui commence par = + - @, une tabulation ou un retour chariot reste du texte inerte dans le classeur du relevé et dans celui du suivi du plan ; les noms de fichiers tirés des titres ne sortent jamais du dossier choisi et n’utilisent aucun nom que Windows refuse.',
    proofs: [{ file: 'tests/faults/exports-inert.test.ts', test: 'keeps formula-like text inert in the' }],
  },
  {
    title: 'Electron',
    text: () =>
      'seule la page de l’application, dans la fenêtre de l’application, peut appeler l’API (vérifié sur le bundle principal construit, chargé sous un module `electron` de substitution) ; aucun contenu distant n’est chargé ; un lien externe ne s’ouvre que s’il est en https, dans le navigateur du système, après confirmation. Electronegativity tourne à chaque `npm test`.',
    proofs: [
      {
        file: 'tests/integration/electron/main-bundle.test.ts',
        test: 'answers system/info to a call from its own window page',
      },
      {
        file: 'tests/integration/electron/main-bundle.test.ts',
        test: 'refuses calls from any other page, frame or webContents',
      },
    ],
  },
]
