-- Corrections say whether they merge or split events or storylines. Their
-- subject and object are article ids, not event or storyline ids, which
-- change when the clustering does; they reference no table, so that a
-- correction outlives a re-ingest of its articles.
ALTER TABLE corrections ADD COLUMN level text NOT NULL DEFAULT 'event' CHECK (level IN ('event', 'storyline'));

-- What the dedup stage keeps of every article it has compared, so that a
-- new batch is compared with the store without reading old bodies: the
-- normalised body hash, the outlet's comparable name, the MinHash
-- signature (the LSH band keys derive from it) and the rewrite anchors
-- (sorted uint64, little-endian). An article without a row here has not
-- been compared yet: the row is the incremental corpus run's marker.
CREATE TABLE dedup_features (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	body_hash  text NOT NULL,
	outlet_key text NOT NULL,
	signature  bytea NOT NULL,
	anchors    bytea NOT NULL
);

-- Accepted pairs of articles that carry the same report; report groups are
-- their connected components.
CREATE TABLE dedup_links (
	a        text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	b        text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind     text NOT NULL,
	score    double precision NOT NULL,
	evidence text NOT NULL, -- JSON array of alignments
	PRIMARY KEY (a, b)
);
CREATE INDEX dedup_links_b ON dedup_links (b);
