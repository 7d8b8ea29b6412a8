/**
 * Searching titles folded on the fly called a JavaScript function for every meeting at every
 * keystroke. The folded title is now kept in a column, filled by triggers with the same fold()
 * every Copil connection registers, so no write path can forget it.
 */
export default /* sql */ `
ALTER TABLE meetings ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
UPDATE meetings SET title_key = fold(title);
CREATE TRIGGER meetings_title_key_after_insert AFTER INSERT ON meetings
BEGIN
  UPDATE meetings SET title_key = fold(NEW.title) WHERE id = NEW.id;
END;
CREATE TRIGGER meetings_title_key_after_update AFTER UPDATE OF title ON meetings
BEGIN
  UPDATE meetings SET title_key = fold(NEW.title) WHERE id = NEW.id;
END;
`
