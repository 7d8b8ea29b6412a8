/**
 * Decisions become rich text, like discussions: `body` holds the ProseMirror document, made here
 * from the plain text typed so far (« - » / « • » lines become a bullet list, other lines
 * paragraphs; see decisionRichDoc). `text` stays as the decision's plain text, for search and
 * tools. A decision may be a note (« NB »), printed without a number. Each agenda item may carry a
 * short heading for its block under « Points discutés » and under « Points arrêtés » (empty: its
 * title), and each meeting numbers its decisions or bullets them.
 */
export default /* sql */ `
ALTER TABLE decisions ADD COLUMN body TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(body));
ALTER TABLE decisions ADD COLUMN note INTEGER NOT NULL DEFAULT 0 CHECK (note IN (0, 1));
UPDATE decisions SET body = plain_decision_json(text);

ALTER TABLE agenda_items ADD COLUMN discussion_heading TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN decisions_heading TEXT NOT NULL DEFAULT '';

ALTER TABLE meetings ADD COLUMN decision_style TEXT NOT NULL DEFAULT 'number' CHECK (decision_style IN ('number', 'bullet'));
`
