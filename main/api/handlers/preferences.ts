import type { HandlerTable } from '../dispatcher'
import { getUiLanguage, saveUiLanguage } from '../../services/language'

export const preferencesHandlers: Pick<HandlerTable, 'preferences/get' | 'preferences/setLanguage'> = {
  'preferences/get': (_input, ctx) => ({ language: getUiLanguage(ctx.db) }),
  'preferences/setLanguage': ({ language }, ctx) => ({ language: saveUiLanguage(ctx.db, language) }),
}
