/** « Points discutés » and other rich texts as the plain text of one spreadsheet cell. */
export { richToPlainText } from '../../../shared/domain/rich-text'
