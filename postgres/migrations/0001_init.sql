-- Articles and their annotations. Offsets are byte offsets into body.
-- Keys and names that results are ordered by use the "C" collation, so that
-- they sort byte by byte, as in the SQLite store, whatever the server locale.
-- search is the full-text index: the title as written (weight A) and the
-- stems (weight B), both through the 'simple' configuration, which only
-- lower-cases, since the stems are stemmed already and the SQLite store
-- indexes the same two texts the same way.
CREATE TABLE articles (
	id               text COLLATE "C" PRIMARY KEY,
	origin           text NOT NULL,
	format           text NOT NULL,
	title            text NOT NULL,
	language         text NOT NULL,
	outlet           text NOT NULL,
	author           text NOT NULL,
	dateline         text NOT NULL,
	url              text NOT NULL,
	published        text NOT NULL,
	published_source text NOT NULL,
	body             text NOT NULL,
	content_hash     text NOT NULL UNIQUE,
	stems            text NOT NULL,
	ingested_at      timestamptz NOT NULL,
	search           tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', stems), 'B')
	) STORED
);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE entities (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	text       text COLLATE "C" NOT NULL,
	type       text COLLATE "C" NOT NULL,
	canonical  text COLLATE "C" NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX entities_canonical ON entities (canonical, type);

CREATE TABLE timexes (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	text       text NOT NULL,
	value      text NOT NULL,
	type       text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	flag       text NOT NULL,
	PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE quotes (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	text       text NOT NULL,
	speaker    text NOT NULL,
	cue        text NOT NULL,
	kind       text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE claims (
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	holder     text NOT NULL,
	stance     text NOT NULL,
	text       text NOT NULL,
	about      text NOT NULL,
	start      integer NOT NULL,
	"end"      integer NOT NULL,
	PRIMARY KEY (article_id, ordinal)
);

-- Corpus-level structures, replaced wholesale by re-clustering.
CREATE TABLE report_groups (
	id       text COLLATE "C" PRIMARY KEY,
	ordinal  integer NOT NULL,
	kind     text NOT NULL,
	score    double precision NOT NULL,
	evidence jsonb NOT NULL
);

CREATE TABLE report_group_articles (
	group_id   text COLLATE "C" NOT NULL REFERENCES report_groups (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (group_id, ordinal)
);
CREATE INDEX report_group_articles_article ON report_group_articles (article_id);

CREATE TABLE storylines (
	id         text COLLATE "C" PRIMARY KEY,
	ordinal    integer NOT NULL,
	title      text NOT NULL,
	start_date text COLLATE "C" NOT NULL,
	end_date   text NOT NULL
);

CREATE TABLE events (
	id           text COLLATE "C" PRIMARY KEY,
	storyline_id text COLLATE "C" NOT NULL REFERENCES storylines (id) ON DELETE CASCADE,
	ordinal      integer NOT NULL,
	title        text NOT NULL,
	date         text NOT NULL
);
CREATE INDEX events_storyline ON events (storyline_id, ordinal);

CREATE TABLE event_articles (
	event_id   text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	ordinal    integer NOT NULL,
	article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_articles_article ON event_articles (article_id);

-- Analyst decisions (merge two events or storylines, split an article off
-- one) that must survive re-clustering. Nothing writes them yet.
CREATE TABLE corrections (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	op         text NOT NULL CHECK (op IN ('merge', 'split')),
	subject    text NOT NULL,
	object     text NOT NULL,
	created_at timestamptz NOT NULL
);
