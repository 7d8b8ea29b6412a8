/** The French catalogue, one namespace per area, used by the renderer (react-i18next) and main (i18next). */
import { common } from './common'
import { errors } from './errors'
import { ui } from './ui'
import { cli } from './cli'

export const fr = { ...common, errors, ui, cli } as const
export type Catalogue = typeof fr
