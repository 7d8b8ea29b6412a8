/**
 * The letterhead of the documents becomes up to three lines (« Royaume du Maroc », a ministry, a
 * department), kept as one JSON array under the key 'letterhead'. The single « Ligne d'en-tête »
 * of earlier versions becomes line 1, character for character (not trimmed, not split); an empty
 * one leaves no letterhead.
 */
export default /* sql */ `
INSERT INTO settings (key, value)
  SELECT 'letterhead', json_array(value) FROM settings WHERE key = 'headerLine' AND trim(value) <> ''
  ON CONFLICT (key) DO NOTHING;
DELETE FROM settings WHERE key = 'headerLine';
`
