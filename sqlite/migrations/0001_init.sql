-- Articles and their annotations. Offsets are byte offsets into body.
CREATE TABLE articles (
	id               TEXT PRIMARY KEY,
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
	body             TEXT NOT NULL,
	content_hash     TEXT NOT NULL UNIQUE,
	stems            TEXT NOT NULL,
	ingested_at      TEXT NOT NULL -- RFC 3339 in UTC, microseconds
) WITHOUT ROWID;

CREATE TABLE entities (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	canonical  TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX entities_canonical ON entities (canonical, type);

CREATE TABLE timexes (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	text       TEXT NOT NULL,
	value      TEXT NOT NULL,
	type       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	flag       TEXT NOT NULL,
	PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE quotes (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	text       TEXT NOT NULL,
	speaker    TEXT NOT NULL,
	cue        TEXT NOT NULL,
	kind       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE claims (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	holder     TEXT NOT NULL,
	stance     TEXT NOT NULL,
	text       TEXT NOT NULL,
	about      TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

-- Full-text index over the title as written and the stems, kept by
-- PutArticle in the same transaction. External content: the text lives in
-- articles only; rowid is articles_fts_rowid.rowid.
CREATE TABLE articles_fts_rowid (
	rowid      INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, stems,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

-- Corpus-level structures, replaced wholesale by re-clustering.
CREATE TABLE report_groups (
	id       TEXT PRIMARY KEY,
	ordinal  INTEGER NOT NULL,
	kind     TEXT NOT NULL,
	score    REAL NOT NULL,
	evidence TEXT NOT NULL -- JSON array of alignments
);

CREATE TABLE report_group_articles (
	group_id   TEXT NOT NULL REFERENCES report_groups (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (group_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX report_group_articles_article ON report_group_articles (article_id);

CREATE TABLE storylines (
	id         TEXT PRIMARY KEY,
	ordinal    INTEGER NOT NULL,
	title      TEXT NOT NULL,
	start_date TEXT NOT NULL,
	end_date   TEXT NOT NULL
);

CREATE TABLE events (
	id           TEXT PRIMARY KEY,
	storyline_id TEXT NOT NULL REFERENCES storylines (id) ON DELETE CASCADE,
	ordinal      INTEGER NOT NULL,
	title        TEXT NOT NULL,
	date         TEXT NOT NULL
);
CREATE INDEX events_storyline ON events (storyline_id, ordinal);

CREATE TABLE event_articles (
	event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	ordinal    INTEGER NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (event_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX event_articles_article ON event_articles (article_id);

-- Analyst decisions (merge two events or storylines, split an article off
-- one) that must survive re-clustering. Nothing writes them yet.
CREATE TABLE corrections (
	id         INTEGER PRIMARY KEY,
	op         TEXT NOT NULL CHECK (op IN ('merge', 'split')),
	subject    TEXT NOT NULL,
	object     TEXT NOT NULL,
	created_at TEXT NOT NULL
);
