-- Corrections say whether they merge or split events or storylines. Their
-- subject and object are article ids, not event or storyline ids, which
-- change when the clustering does; they reference no table, so that a
-- correction outlives a re-ingest of its articles.
ALTER TABLE corrections ADD COLUMN level TEXT NOT NULL DEFAULT 'event' CHECK (level IN ('event', 'storyline'));

-- What the dedup stage keeps of every article it has compared, so that a
-- new batch is compared with the store without reading old bodies: the
-- normalised body hash, the outlet's comparable name, the MinHash
-- signature (the LSH band keys derive from it) and the rewrite anchors
-- (sorted uint64, little-endian). An article without a row here has not
-- been compared yet: the row is the incremental corpus run's marker.
CREATE TABLE dedup_features (
	article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	body_hash  TEXT NOT NULL,
	outlet_key TEXT NOT NULL,
	signature  BLOB NOT NULL,
	anchors    BLOB NOT NULL
) WITHOUT ROWID;

-- Accepted pairs of articles that carry the same report; report groups are
-- their connected components.
CREATE TABLE dedup_links (
	a        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	b        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind     TEXT NOT NULL,
	score    REAL NOT NULL,
	evidence TEXT NOT NULL, -- JSON array of alignments
	PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX dedup_links_b ON dedup_links (b);
