-- The library's full-text index: published exemplars only, keyed by the exemplar's id. The
-- store writes the words (letters and digits, lower case) so SQLite and PostgreSQL index the
-- same words; unicode61 without diacritic folding splits them as PostgreSQL's 'simple' does.
CREATE VIRTUAL TABLE exemplar_search USING fts5(words, tokenize = 'unicode61 remove_diacritics 0');
