/**
 * How the user is told which characters a PDF printed as « � » because none of its fonts has them
 * (renderRelevePdfReport's `unprintable`): the editor's export message and `copil export`'s stderr.
 */

/** What this needs of i18next's `t` (the renderer's or main's). */
type Translate = (key: string, values: Record<string, unknown>) => string

/** « U+2603 »: a character's Unicode code point, readable even where the character shows blank. */
export function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** « Le PDF est enregistré, mais 2 caractères … : « ☃ » (U+2603), « 𝄞 » (U+1D11E). », or '' when none. */
export function unprintableMessage(t: Translate, chars: readonly string[]): string {
  if (chars.length === 0) return ''
  const separator = t('exportUi.listSeparator', {})
  const list = chars.map((char) => t('exportUi.unprintableChar', { char, code: codePointOf(char) })).join(separator)
  return t('exportUi.unprintable', { count: chars.length, chars: list })
}
