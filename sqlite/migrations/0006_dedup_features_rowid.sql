-- dedup_features becomes a rowid table. As a WITHOUT ROWID table keyed by
-- article id it kept each article's signature and anchors (one to two
-- kilobytes) in its key B-tree, so that storing a corpus run's features
-- split pages of long rows at scattered ids and every "not compared yet"
-- probe walked them. Now the rows are appended in rowid order and the
-- article id is a small UNIQUE index beside them. Nothing references this
-- table, so its rows are copied as they are.
CREATE TABLE dedup_features_new (
	article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
	body_hash  TEXT NOT NULL,
	outlet_key TEXT NOT NULL,
	signature  BLOB NOT NULL,
	anchors    BLOB NOT NULL
);
INSERT INTO dedup_features_new (article_id, body_hash, outlet_key, signature, anchors)
SELECT article_id, body_hash, outlet_key, signature, anchors FROM dedup_features ORDER BY article_id;
DROP TABLE dedup_features;
ALTER TABLE dedup_features_new RENAME TO dedup_features;
