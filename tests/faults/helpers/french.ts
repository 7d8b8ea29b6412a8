/**
 * A rough but useful guard: a message shown to the user is French. Technical details a message
 * quotes after « : » (the reason a library gave) are not judged, only the sentence the user reads.
 */
const ENGLISH =
  /\b(the|is|are|was|of|and|not|cannot|can't|to|with|from|expected|received|invalid|error|failed|undefined|unexpected|must|should|file|database|locked|unknown)\b/i
const FRENCH =
  /[éèêàâçùûôîœ«»’]|\b(le|la|les|de|du|des|est|une?|pas|et|ou|en|dans|sur|ce|cette|au|aux|introuvable|impossible|invalide|obligatoire|inconnue?|trop|aucune?|ne)\b/i

/** Why the message is not a French sentence, or undefined when it is. */
export function notFrench(message: unknown): string | undefined {
  if (typeof message !== 'string' || message.trim() === '') return 'message vide'
  // The lead, before a quoted technical reason (« … ne peut pas être lu : End of data »).
  const lead = message.split(/\s:\s|:\s/)[0] ?? message
  if (ENGLISH.test(lead)) return `anglais : ${message.slice(0, 200)}`
  if (!FRENCH.test(message)) return `pas français : ${message.slice(0, 200)}`
  return undefined
}
