-- articles becomes a rowid table. As a WITHOUT ROWID table keyed by id it
-- kept whole bodies in its key B-tree, so every look-up by id (each
-- annotation row's foreign-key check, each page of a listing) walked
-- pages of long rows. Now the id is a small UNIQUE index beside the
-- table, seq is the row's key, and seq is also the article's rowid in the
-- full-text index, which makes the articles_fts_rowid mapping table
-- unnecessary. The short columns come first and body and stems last, so
-- that reading a listing's columns does not follow a body's overflow
-- pages. The tables that reference articles (id) keep their rows: this
-- migration runs with foreign-key enforcement off and is checked with
-- foreign_key_check before it commits.
CREATE TABLE articles_new (
	seq              INTEGER PRIMARY KEY,
	id               TEXT NOT NULL UNIQUE,
	origin           TEXT NOT NULL,
	format           TEXT NOT NULL,
	title            TEXT NOT NULL,
	language         TEXT NOT NULL,
	outlet           TEXT NOT NULL,
	author           TEXT NOT NULL,
	dateline         TEXT NOT NULL,
	url              TEXT NOT NULL,
	published        TEXT NOT NULL,
	published_source TEXT NOT NULL,
	content_hash     TEXT NOT NULL UNIQUE,
	ingested_at      TEXT NOT NULL, -- RFC 3339 in UTC, microseconds
	body             TEXT NOT NULL,
	stems            TEXT NOT NULL
);

-- An article keeps its full-text rowid as its seq, so the index needs no
-- rebuilding; one that somehow had none comes after them and is indexed
-- afresh.
INSERT INTO articles_new (seq, id, origin, format, title, language, outlet, author, dateline, url,
	published, published_source, content_hash, ingested_at, body, stems)
SELECT m.rowid, a.id, a.origin, a.format, a.title, a.language, a.outlet, a.author, a.dateline, a.url,
	a.published, a.published_source, a.content_hash, a.ingested_at, a.body, a.stems
FROM articles a JOIN articles_fts_rowid m ON m.article_id = a.id
ORDER BY m.rowid;
INSERT INTO articles_new (id, origin, format, title, language, outlet, author, dateline, url,
	published, published_source, content_hash, ingested_at, body, stems)
SELECT id, origin, format, title, language, outlet, author, dateline, url,
	published, published_source, content_hash, ingested_at, body, stems
FROM articles WHERE id NOT IN (SELECT article_id FROM articles_fts_rowid)
ORDER BY id;
INSERT INTO articles_fts (rowid, title, stems)
SELECT seq, title, stems FROM articles_new
WHERE id NOT IN (SELECT article_id FROM articles_fts_rowid);

DROP TABLE articles_fts_rowid;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;

-- No query looks entities up by canonical name (the summaries group the
-- whole table by an expression the index cannot serve), and keeping the
-- index costs a scattered B-tree write for every entity stored.
DROP INDEX entities_canonical;
