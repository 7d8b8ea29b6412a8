/**
 * A meeting's introduction (printed before « Points discutés ») and each next step's details,
 * both rich documents (ProseMirror JSON) like the discussions. A next step typed before this
 * version kept its details on the lines after its first one: they move, « - » lines as a bullet
 * list, into the details (next_step_split, see shared/meetings/next-step-details.ts).
 */
export default /* sql */ `
ALTER TABLE meetings ADD COLUMN introduction TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(introduction));
ALTER TABLE next_steps ADD COLUMN details TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(details));
UPDATE next_steps
   SET text = json_extract(s.split, '$.text'), details = json_extract(s.split, '$.details')
  FROM (SELECT id, next_step_split(text) AS split FROM next_steps) AS s
 WHERE s.id = next_steps.id AND s.split IS NOT NULL;
`
