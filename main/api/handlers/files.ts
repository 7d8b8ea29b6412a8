import type { HandlerTable } from '../dispatcher'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'

export const fileHandlers: Pick<HandlerTable, 'files/open' | 'files/reveal'> = {
  'files/open': async ({ path }, ctx) => {
    if (!ctx.shell) throw new AppError('IO', t('files.desktopOnly'))
    if (!(await ctx.shell.open(path))) throw new AppError('NOT_FOUND', t('files.cannotOpen'))
    return { opened: true as const }
  },
  'files/reveal': ({ path }, ctx) => {
    if (!ctx.shell) throw new AppError('IO', t('files.desktopOnly'))
    if (!ctx.shell.reveal(path)) throw new AppError('NOT_FOUND', t('files.cannotOpen'))
    return { shown: true as const }
  },
}
