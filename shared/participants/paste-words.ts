/**
 * The words that tell, in a pasted list of participants, a function from an organisation, and the
 * side (« collège ») an organisation's name suggests. Compared folded (no accents, lower case).
 */
import type { Side } from '../domain/vocabulary'
import { foldText } from '../text/fold'

// First words of a function (« Coordinatrice locale », « Chef de division », « Consultant »).
const FUNCTION_WORDS = new Set(
  `coordinateur coordinatrice coordonnateur coordonnatrice directeur directrice chef cheffe charge chargee
  conseiller conseillere president presidente vice-president vice-presidente secretaire expert experte
  consultant consultante responsable point representant representante membre chercheur chercheuse
  professeur professeure enseignant enseignante depute deputee maire gouverneur wali ambassadeur ambassadrice
  journaliste avocat avocate juge magistrat magistrate inspecteur inspectrice ingenieur ingenieure
  administrateur administratrice delegue deleguee tresorier tresoriere rapporteur rapporteuse assistant
  assistante stagiaire specialiste analyste attache attachee officier gestionnaire animateur animatrice
  facilitateur facilitatrice moderateur moderatrice fondateur fondatrice co-fondateur co-fondatrice
  cofondateur cofondatrice doctorant doctorante cadre agent adjoint adjointe sous-directeur sous-directrice
  directeur-adjoint chef-adjoint senior juriste economiste statisticien statisticienne
  secretaire-general secretaire-generale haut-commissaire`.split(/\s+/u),
)

// First words of an organisation's name.
const ORGANISATION_WORDS = new Set(
  `ministere agence departement direction delegation haut-commissariat instance conseil commission cour
  office caisse fondation institut observatoire association alliance reseau forum collectif coalition
  federation union ligue centre club organisation programme banque ambassade universite ecole chambre
  archives secretariat wilaya prefecture province region commune tribunal parlement cabinet bureau societe
  groupe comite mouvement syndicat ong espace transparency fonds initiative cercle amicale
  national international`.split(/\s+/u),
)

const word = (w: string) => foldText(w).replace(/^(?:l|d)['’]/u, '').replace(/[^\p{L}-]/gu, '')

/** Whether a word opens a function (« Coordinatrice », « Chef », « Consultant »). */
export function isFunctionWord(w: string): boolean {
  return FUNCTION_WORDS.has(word(w))
}

/** Whether a word opens an organisation's name (« Ministère », « l’Agence », « Association »). */
export function isOrganisationStart(w: string): boolean {
  return ORGANISATION_WORDS.has(word(w))
}

// International organisations and cooperation agencies: technical and financial partners.
const PARTNER = [
  /\b(?:ocde|oecd|ndi|pnud|undp|unesco|unicef|onu|usaid|giz|afd|oit|ilo|oms|who|fao|fmi|imf|bad|bird|bei|ue)\b/u,
  /\b(?:nations unies|united nations|banque mondiale|world bank|union europeenne|european union|open government partnership)\b/u,
  /\b(?:national democratic institute|conseil de l europe|council of europe|expertise france|ambassade|embassy|international|internationale)\b/u,
  /\borganisation de cooperation et de developpement\b/u,
  /\b(?:institute|foundation|agency for|programme des nations)\b/u,
]
const EXPERT = /^(?:consultant|consultante|expert|experte|cabinet|bureau d etudes?|independant|independante)\b/u
// Names that are public bodies whatever else they contain (« Ministère des Affaires étrangères et de la Coopération internationale »).
const STRONG_ADMINISTRATION =
  /^(?:ministere|departement|direction|delegation|secretariat d etat|wilaya|prefecture|province|commune|parlement|chambre des|tribunal|cour)\b/u
const ADMINISTRATION =
  /^(?:ministere|ministre|agence|departement|direction|delegation|haut[- ]commissariat|instance|conseil|commission|cour|office|caisse|secretariat|wilaya|prefecture|province|region|commune|tribunal|parlement|chambre|archives|administration|gouvernement|inspection|tresorerie|royaume|haute autorite|autorite)\b/u
const CIVIL_SOCIETY =
  /^(?:association|alliance|observatoire|forum|reseau|collectif|coalition|federation|ligue|club|mouvement|fondation|espace|syndicat|ong|amicale|cercle|union|centre|organisation|initiative|transparency)\b/u

/**
 * The side an organisation's name suggests: an international organisation → partenaire;
 * « Ministère… », « Agence… », « Département… », « Direction… » → administration;
 * « Association… », « Alliance… », « Observatoire… », « Forum… », « Réseau… » → société civile;
 * « Consultant… », « Cabinet… » (or a consultant's function) → expert; otherwise « autre ».
 */
export function proposeSide(organisation: string, acronym = '', fn = ''): Side {
  const name = foldText(`${organisation}`).replace(/['’]/gu, ' ')
  const all = `${name} ${foldText(acronym)}`
  if (EXPERT.test(name) || (name === '' && EXPERT.test(foldText(fn)))) return 'expert'
  if (/^(?:consultant|consultante|expert|experte)\b/u.test(foldText(fn))) return 'expert'
  if (STRONG_ADMINISTRATION.test(name)) return 'administration'
  if (PARTNER.some((re) => re.test(all))) return 'partenaire'
  if (ADMINISTRATION.test(name)) return 'administration'
  if (CIVIL_SOCIETY.test(name)) return 'societe_civile'
  return 'autre'
}
