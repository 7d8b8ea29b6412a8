/**
 * Folding now covers Arabic (tatweel, alef wasla and alef maqsura; harakat and hamza forms were
 * already dropped) and makes every apostrophe « ' » (see shared/text/fold.ts). The folded keys
 * written before are written again, so that the duplicate warning and the people import match
 * « أحمد » and « احمد », « O’Brien » and « O'Brien ». Only the keys that change are rewritten. An
 * organisation or committee whose new key another one already holds keeps its old key (UNIQUE):
 * both stay, as they were, and the user can merge them.
 */
export default /* sql */ `
UPDATE people SET name_key = fold(first_name || ' ' || last_name)
 WHERE name_key <> fold(first_name || ' ' || last_name);
UPDATE OR IGNORE organisations SET name_key = fold(name) WHERE name_key <> fold(name);
UPDATE OR IGNORE committees SET name_key = fold(name) WHERE name_key <> fold(name);
UPDATE meetings SET title_key = fold(title) WHERE title_key <> fold(title);
`
