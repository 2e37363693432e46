-- What the cluster stage keeps of every article: its cluster.Doc in
-- binary form (stems, names, mentioned days, title, date; no report
-- group, which is joined at run time), so that a corpus run clusters the
-- store, or restores its stored events, without reading bodies and
-- annotations. sort_key orders the documents as clustering adds them:
-- dated before undated, then by publication time, then by id.
CREATE TABLE cluster_docs (
	article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	sort_key   text COLLATE "C" NOT NULL,
	doc        bytea NOT NULL
);
CREATE INDEX cluster_docs_sort ON cluster_docs (sort_key);
