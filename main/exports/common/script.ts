/** Which text reads from the right: letters of the right-to-left scripts (Arabic first of all). */

const RTL_SCRIPTS = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}'
const RTL_LETTER = new RegExp(`[${RTL_SCRIPTS}]`, 'u')

/** Right-to-left letters and the spaces and joiners between them: one stretch read from the right. */
export const RTL_STRETCH = new RegExp(`[${RTL_SCRIPTS}]+(?:[ \\u00A0\\u202F\\u200C\\u200D]+[${RTL_SCRIPTS}]+)*`, 'gu')

/** True when the text holds a right-to-left letter (Arabic, Hebrew…). */
export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text)
}
