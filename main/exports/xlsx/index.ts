/** Excel export of the relevé de conclusions. */
export { renderReleveXlsx } from './render-releve-xlsx'
