import { describe, expect, it } from 'vitest'
import { NBSP, NNBSP, frenchTypography, frenchTypographyRuns } from '../../../shared/text/typography'

describe('frenchTypography', () => {
  it('puts a no-break space before « % »', () => {
    expect(frenchTypography('Avancement 100%')).toBe(`Avancement 100${NBSP}%`)
    expect(frenchTypography('3,5 %')).toBe(`3,5${NBSP}%`)
  })

  it('puts a no-break space before a colon', () => {
    expect(frenchTypography('Lieu: Rabat')).toBe(`Lieu${NBSP}: Rabat`)
    expect(frenchTypography('Lieu : Rabat')).toBe(`Lieu${NBSP}: Rabat`)
    expect(frenchTypography('Lieu   :')).toBe(`Lieu${NBSP}:`)
  })

  it('puts a narrow no-break space before « ; ! ? »', () => {
    expect(frenchTypography('Vraiment? Oui! Bien; merci')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Bien${NNBSP}; merci`)
    expect(frenchTypography('(ALCI) ;')).toBe(`(ALCI)${NNBSP};`)
  })

  it('keeps « ?! » together', () => {
    expect(frenchTypography('Quoi?!')).toBe(`Quoi${NNBSP}?!`)
  })

  it('puts no-break spaces inside guillemets', () => {
    expect(frenchTypography('«texte»')).toBe(`«${NBSP}texte${NBSP}»`)
    expect(frenchTypography('le portail « Charaka »')).toBe(`le portail «${NBSP}Charaka${NBSP}»`)
  })

  it('curls apostrophes inside words only', () => {
    expect(frenchTypography("l'accès à l'information d'aujourd'hui")).toBe('l’accès à l’information d’aujourd’hui')
    expect(frenchTypography("le mot 'test'")).toBe("le mot 'test'")
  })

  it('leaves web and e-mail addresses alone', () => {
    const url = 'https://www.gouvernement-ouvert.ma/docs/plan.pdf?v=2&x=1;y=2'
    expect(frenchTypography(`Voir ${url} !`)).toBe(`Voir ${url}${NNBSP}!`)
    expect(frenchTypography('Écrire à contact@mmsp.gov.ma: merci')).toBe(`Écrire à contact@mmsp.gov.ma${NBSP}: merci`)
  })

  it('leaves times and ratios alone', () => {
    expect(frenchTypography('Réunion à 10:30, ratio 1:100')).toBe('Réunion à 10:30, ratio 1:100')
    expect(frenchTypography('Horaire : 10:30')).toBe(`Horaire${NBSP}: 10:30`)
  })

  it('does not touch a sign that opens a line', () => {
    expect(frenchTypography('?')).toBe('?')
    expect(frenchTypography('a\n: b')).toBe('a\n: b')
  })

  it('is idempotent', () => {
    const samples = [
      'Lieu: «texte» 100% ; vraiment?! https://x.ma/?a=1 10:30',
      "l'État : « la participation citoyenne » (70%)",
      '',
    ]
    for (const s of samples) {
      const once = frenchTypography(s)
      expect(frenchTypography(once)).toBe(once)
    }
  })
})

describe('frenchTypographyRuns', () => {
  it('fixes a space at the boundary between two styled runs', () => {
    expect(frenchTypographyRuns(['Lieu', ': Rabat'])).toEqual(['Lieu' + NBSP, ': Rabat'])
    expect(frenchTypographyRuns(['Lieu ', ':'])).toEqual(['Lieu' + NBSP, ':'])
    expect(frenchTypographyRuns(['«', 'texte', '»'])).toEqual(['«' + NBSP, 'texte' + NBSP, '»'])
  })

  it('keeps the runs when nothing changes', () => {
    expect(frenchTypographyRuns(['a', 'b'])).toEqual(['a', 'b'])
  })

  it('gives the same text as fixing the whole string', () => {
    const runs = ["l'", 'avancement', ' : ', '70', '%', ' ;  fin']
    expect(frenchTypographyRuns(runs).join('')).toBe(frenchTypography(runs.join('')))
  })
})

describe('frenchTypography and Arabic words inside French text', () => {
  it('adds no space after an Arabic word and no curly apostrophe between Arabic letters', () => {
    expect(frenchTypography("Avis de محمد: l'accord ; السيد! ok")).toBe(`Avis de محمد: l’accord${NNBSP}; السيد! ok`)
    expect(frenchTypography("fin م'ح ; x")).toBe("fin م'ح ; x")
  })

  it('still spaces the French signs around an Arabic name', () => {
    expect(frenchTypography('« محمد » : 70%')).toBe(`«${NBSP}محمد${NBSP}»${NBSP}: 70${NBSP}%`)
  })
})
