import type { HandlerTable } from '../dispatcher'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { buildReleve } from '../../services/releve/build-releve'
import { renderReleveOffThread } from '../../workers/exports'
import { asTask } from '../../services/tasks/registry'
import { cleanLetterhead, getSettings, saveSettings } from '../../services/settings'
import { imageKind as imageType } from '../../services/image-kind'
import type { Db } from '../../db/connection'

function settingsView(db: Db) {
  const settings = getSettings(db)
  const logo = settings.logo ? Buffer.from(settings.logo) : undefined
  const type = logo ? imageType(logo) : undefined
  return { letterhead: settings.letterhead, logoDataUrl: logo && type ? `data:image/${type};base64,${logo.toString('base64')}` : null }
}

export const exportHandlers: Pick<HandlerTable, 'exports/releve' | 'settings/get' | 'settings/save'> = {
  'exports/releve': ({ meetingId, format }, ctx) =>
    asTask('releve', { meetingId, format }, async (task) => {
      // The data is read here, in one go; the worker lays it out while other calls are answered.
      const releve = await buildReleve(ctx, meetingId)
      task.stage('waiting')
      const file = await renderReleveOffThread(releve, format, { started: () => task.stage('rendering'), pages: task.pages })
      task.stage('saving')
      const delivery = await ctx.deliver(file)
      return { ...delivery, unprintable: file.unprintable ?? [] }
    }),
  'settings/get': (_input, ctx) => settingsView(ctx.db),
  'settings/save': async ({ letterhead, logoBase64 }, ctx) => {
    // Checked before the logo is decoded: a refused line costs nothing and changes nothing.
    const lines = cleanLetterhead(letterhead)
    let logo: string | null = null
    if (logoBase64 !== null) {
      const bytes = Buffer.from(logoBase64, 'base64')
      if (!imageType(bytes) || bytes.length > 1_000_000) {
        throw new AppError('INVALID_INPUT', t('settings.badLogo'), { logoBase64: t('settings.badLogo') })
      }
      // Checked for its size in pixels before decoding, and stored downscaled for print. The codecs
      // load on first use.
      const { prepareLogo } = await import('../../services/logo')
      logo = prepareLogo(bytes).toString('base64')
    }
    saveSettings(ctx.db, { letterhead: lines, logoBase64: logo })
    return settingsView(ctx.db)
  },
}
