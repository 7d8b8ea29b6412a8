/**
 * A participant's function at a given meeting (« Coordinatrice locale », « Chef de division »…),
 * printed in the relevé beside the name. It belongs to the attendance, like the organisation:
 * copied from the directory when the person is put on the list, editable for that meeting only,
 * so a later change in the directory never rewrites minutes already written. NULL: none given.
 */
export default /* sql */ `
ALTER TABLE attendance ADD COLUMN function TEXT;
UPDATE attendance SET function = (
  SELECT nullif(trim(p.function), '') FROM people p WHERE p.id = attendance.person_id
);
`
