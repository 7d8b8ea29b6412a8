/**
 * The Arabic catalogue (Modern Standard Arabic as Moroccan administrations write it, Western
 * digits), one file per French file with the same name and the same export, each typed with
 * `ArabicOf<typeof frX>` (see ./types.ts). Vocabulary choices: ./GLOSSARY.md.
 *
 * The index holds every namespace of the French index: tsc refuses a missing one
 * (`satisfies ArabicCatalogue`), tests/unit/i18n/ar-parity.test.ts a missing or extra key.
 */
import type { Catalogue } from '../fr'
import type { ArabicOf } from './types'
import { common } from './common'
import { errors } from './errors'
import { ui } from './ui'
import { cli } from './cli'
import { validation } from './validation'
import { plan } from './plan'
import { planUi } from './plan-ui'
import { meetings } from './meetings'
import { directory } from './directory'
import { backup } from './backup'
import { files } from './files'
import { settings } from './settings'
import { exportUi } from './export-ui'
import { recovery } from './recovery'
import { data } from './data'
import { welcome } from './welcome'
import { desktop } from './desktop'
import { participantsPaste } from './participants'
import { participantList } from './participant-list'
import { planImport } from './plan-import'
import { minutesBlocks } from './minutes-blocks'
import { minutesIntro } from './minutes-intro'
import { registers } from './registers'
import { tasks } from './tasks'
import { history } from './history'
import { search } from './search'
import { lifecycle } from './lifecycle'
import { locale } from './locale'

export type ArabicCatalogue = ArabicOf<Catalogue>

export const ar = { ...common, errors, ui, cli, validation, backup, files, settings, exportUi, recovery, data, directory, meetings, welcome, plan, planUi, desktop, participantsPaste, participantList, planImport, minutesBlocks, minutesIntro, registers, tasks, history, search, lifecycle, locale } satisfies ArabicCatalogue
