/**
 * French typography across the runs of a paragraph as the PDF asks for it (main/exports/pdf/strings.ts
 * `typoRuns`, remembered): measured then drawn, a paragraph gets the same text; a paragraph asked
 * right after another, differing in one run or in the relevé's language only, gets its own.
 */
import { describe, expect, it } from 'vitest'
import { typoRuns } from '../../../main/exports/pdf/strings'
import { frenchTypographyRuns } from '../../../shared/text/typography'

const NBSP = /[\u00a0\u202f]/u

describe('French typography of a paragraph of several runs', () => {
  it('gives each paragraph its own typography, even right after a paragraph sharing runs with it', () => {
    const paragraphs = [
      ['Décision :', ' adoptée'],
      ['Décision :', ' adoptée'],
      ['Décision :', ' reportée ?'],
      ['Décision :', ' reportée ?', ' oui'],
      ['Décision :', ' reportée ?'],
      ['Décision', ' : adoptée'],
    ]
    for (const runs of paragraphs) expect(typoRuns(runs), runs.join('|')).toEqual(frenchTypographyRuns(runs))
    expect(typoRuns(['Décision :', ' reportée ?'])[1]).toMatch(NBSP)
    expect(typoRuns(['Décision', ' : adoptée'])[1]).toMatch(NBSP)
  })

  it('keeps to the language asked for: in an Arabic relevé a paragraph holding Arabic stays as typed', () => {
    const mixed = ['Lieu : ', 'الرباط']
    expect(typoRuns(mixed, 'fr')[0]).toMatch(NBSP)
    expect(typoRuns(mixed, 'ar')).toEqual(mixed)
    expect(typoRuns(mixed, 'fr')[0]).toMatch(NBSP)
  })
})
