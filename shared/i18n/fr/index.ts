/** The French catalogue, one namespace per area, used by the renderer (react-i18next) and main (i18next). */
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

export const fr = { ...common, errors, ui, cli, validation, backup, files, settings, exportUi, recovery, data, directory, meetings, welcome, plan, planUi, desktop, participantsPaste, participantList, planImport } as const
export type Catalogue = typeof fr
