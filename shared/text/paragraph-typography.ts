/**
 * Typography by the language of the paragraph: French rules (shared/text/typography.ts) for a
 * paragraph written in a Latin script, nothing for one written in Arabic, where no space goes
 * before « : », « ؛ », « ؟ » or « % ». A paragraph's language is that of its first letter (as the
 * Unicode bidirectional algorithm takes a paragraph's direction from its first strong character):
 * « Engagement 3 : « نص » » stays French, « الالتزام رقم 3: … » stays as written.
 */
import { frenchTypography } from './typography'

const FIRST_LETTER = /\p{L}/u
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u

/** True when the first letter of `text` is written right to left (Arabic…); false without letters. */
export function startsRightToLeft(text: string): boolean {
  const letter = FIRST_LETTER.exec(text)
  return letter !== null && RIGHT_TO_LEFT.test(letter[0])
}

/** French typography for a French (Latin-script) paragraph; an Arabic paragraph is returned untouched. */
export function paragraphTypography(text: string): string {
  return startsRightToLeft(text) ? text : frenchTypography(text)
}
