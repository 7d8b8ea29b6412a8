/**
 * The shape an Arabic catalogue file must have: the same keys as its French counterpart, every
 * value a string (or an array of strings where French has one), and each French plural pair
 * (`key_one` / `key_other`) turned into the six Arabic plural forms
 * (`key_zero`, `key_one`, `key_two`, `key_few`, `key_many`, `key_other`) that i18next picks
 * with `Intl.PluralRules('ar')`.
 *
 * Annotate every Arabic file with it, e.g.
 *   import type { plan as frPlan } from '../fr/plan'
 *   export const plan: ArabicOf<typeof frPlan> = { … }
 * so that tsc refuses a missing key (required property) and an extra one (excess property check
 * on the object literal).
 */

/** The Arabic plural suffixes, in the order CLDR gives them. */
export const ARABIC_PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const
export type ArabicPluralSuffix = (typeof ARABIC_PLURAL_SUFFIXES)[number]

/** The French plural suffixes (i18next, `Intl.PluralRules('fr')` without `_many`). */
export const FRENCH_PLURAL_SUFFIXES = ['_one', '_other'] as const

/** A French key mapped to its Arabic key(s): a plural key becomes its six forms. */
export type ArabicKey<K> = K extends `${infer Base}_one`
  ? `${Base}${ArabicPluralSuffix}`
  : K extends `${infer Base}_other`
    ? `${Base}${ArabicPluralSuffix}`
    : K

/** The Arabic counterpart of a French catalogue (sub)tree. */
export type ArabicOf<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T as ArabicKey<K & string>]: ArabicOf<T[K]> }
